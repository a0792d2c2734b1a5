package cn.gov.yingkou.sgpt.ws.rest;

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

import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists.PushListView;

/** An item's result push list over REST: which fields are pushed, to which competent department. */
@Path("catalogue/units/{unit}/items/{item}/push-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PushListResource {

    @EJB
    PushLists lists;

    @Context
    HttpServletRequest request;

    @GET
    public PushListView pushList(@PathParam("unit") String unit, @PathParam("item") String item) {
        return lists.of(RestCaller.of(request), unit, item).orElseThrow(() -> new NotFoundException(
                "事项 " + item + " 没有推送清单 / Item " + item + " has no push list"));
    }
}
