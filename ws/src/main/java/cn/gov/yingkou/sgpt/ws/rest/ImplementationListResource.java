package cn.gov.yingkou.sgpt.ws.rest;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists.VersionView;

/** An item's implementation list over REST (Art 8): the version in effect, and every version and proposal. */
@Path("catalogue/units/{unit}/items/{item}/implementation-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImplementationListResource {

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
}
