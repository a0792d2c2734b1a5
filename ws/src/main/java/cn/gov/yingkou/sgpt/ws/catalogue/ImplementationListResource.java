package cn.gov.yingkou.sgpt.ws.catalogue;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists.VersionView;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * An item's implementation list over REST (Art 8): the version in effect and every version and proposal; and,
 * as in the portal, the approval bureau establishing it and proposing changes, the competent department
 * consenting to or refusing a key-element change (Art 8 ¶2). Writing needs CATALOGUE_WRITE.
 */
@Path("catalogue/units/{unit}/items/{item}/implementation-list")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplementationListResource {

    public record Change(ImplementationContent content, String reason) {
    }

    public record Refusal(String reasons) {
    }

    @EJB
    ImplementationLists lists;

    @Context
    HttpServletRequest request;

    @GET
    public VersionView inEffect(@PathParam("unit") String unit, @PathParam("item") String item) {
        return lists.inEffect(RestCaller.of(request), unit, item).orElseThrow(() -> new NotFoundException(
                "事项 " + item + " 没有现行实施清单 / Item " + item + " has no implementation list in effect"));
    }

    @GET
    @Path("history")
    public List<VersionView> history(@PathParam("unit") String unit, @PathParam("item") String item) {
        return lists.history(RestCaller.of(request), unit, item);
    }

    /** The item's first implementation list, in effect at once; 409 if it already has one. */
    @PUT
    public VersionView establish(@PathParam("unit") String unit, @PathParam("item") String item, ImplementationContent body) {
        return lists.establish(RestCaller.of(request), unit, item, Bodies.required(body));
    }

    /** A change: in effect at once, or (touching a key element) pending the competent department's consent. */
    @POST
    @Path("changes")
    public VersionView proposeChange(@PathParam("unit") String unit, @PathParam("item") String item, Change body) {
        Change change = Bodies.required(body);
        return lists.proposeChange(RestCaller.of(request), unit, item, Bodies.required(change.content()), change.reason());
    }

    @POST
    @Path("pending-change/consent")
    @Consumes(MediaType.WILDCARD)
    public VersionView consent(@PathParam("unit") String unit, @PathParam("item") String item) {
        return lists.consent(RestCaller.of(request), unit, item);
    }

    @POST
    @Path("pending-change/refusal")
    public VersionView refuse(@PathParam("unit") String unit, @PathParam("item") String item, Refusal body) {
        return lists.refuse(RestCaller.of(request), unit, item, Bodies.required(body).reasons());
    }

    @POST
    @Path("pending-change/withdrawal")
    @Consumes(MediaType.WILDCARD)
    public VersionView withdraw(@PathParam("unit") String unit, @PathParam("item") String item) {
        return lists.withdraw(RestCaller.of(request), unit, item);
    }
}
