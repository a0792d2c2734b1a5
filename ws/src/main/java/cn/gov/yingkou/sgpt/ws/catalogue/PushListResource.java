package cn.gov.yingkou.sgpt.ws.catalogue;

import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists.PushListView;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/** An item's result push list over REST: which fields are pushed, to which competent department. */
@Path("catalogue/units/{unit}/items/{item}/push-list")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PushListResource {

    /** {@code receivingDepartmentCode} may be left out: the item's own competent department. */
    public record Definition(Set<PushField> fields, String receivingDepartmentCode, boolean automatic) {
    }

    @EJB
    PushLists lists;

    @Context
    HttpServletRequest request;

    @GET
    public PushListView pushList(@PathParam("unit") String unit, @PathParam("item") String item) {
        return lists.of(RestCaller.of(request), unit, item).orElseThrow(() -> new NotFoundException(
                "事项 " + item + " 没有推送清单 / Item " + item + " has no push list"));
    }

    /** Sets the item's result push list (the approval bureau's system, with CATALOGUE_WRITE). */
    @PUT
    public PushListView define(@PathParam("unit") String unit, @PathParam("item") String item, Definition body) {
        Definition d = Bodies.required(body);
        return lists.define(RestCaller.of(request), unit, item, d.fields(), d.receivingDepartmentCode(), d.automatic());
    }
}
