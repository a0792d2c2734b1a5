package cn.gov.yingkou.sgpt.ws.catalogue;

import java.io.InputStream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListWorkbooks.Download;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListWorkbooks;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * One version of a unit's item list over REST: read it (JSON or xlsx) and, as the portal does, take a draft
 * through its steps (Art 7): items one by one or all at once from a workbook, evaluation, approval, filing,
 * abandonment; and the departments' opinions. The business-environment bureau's system needs CATALOGUE_WRITE.
 */
@Path("catalogue/units/{unit}/item-list/versions/{number}")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemListVersionResource {

    public record Item(String name, String departmentCode) {
    }

    public record Evaluation(String record, String on) {
    }

    public record Approval(String document, String on) {
    }

    public record Filing(String filedOn, String effectiveFrom) {
    }

    public record Opinion(String opinion) {
    }

    @EJB
    ItemLists lists;

    @EJB
    ItemListWorkbooks workbooks;

    @Context
    HttpServletRequest request;

    @GET
    public VersionDetail version(@PathParam("unit") String unit, @PathParam("number") String number) {
        return lists.version(RestCaller.of(request), unit, Params.integer("number", number));
    }

    @GET
    @Path("workbook")
    @Produces(Download.MEDIA_TYPE)
    public Response workbook(@PathParam("unit") String unit, @PathParam("number") String number) {
        return attachment(workbooks.export(RestCaller.of(request), unit, Params.integer("number", number)));
    }

    /** The draft's items become the rows of the workbook's first sheet, all of them or (422) none. */
    @PUT
    @Path("items")
    @Consumes(Download.MEDIA_TYPE)
    public VersionDetail importItems(@PathParam("unit") String unit, @PathParam("number") String number, InputStream body) {
        return workbooks.importItems(RestCaller.of(request), unit, Params.integer("number", number), body);
    }

    @PUT
    @Path("items/{code}")
    public VersionDetail putItem(@PathParam("unit") String unit, @PathParam("number") String number,
            @PathParam("code") String code, Item body) {
        Item item = Bodies.required(body);
        return lists.putItem(RestCaller.of(request), unit, Params.integer("number", number), code, item.name(),
                item.departmentCode());
    }

    @DELETE
    @Path("items/{code}")
    public VersionDetail removeItem(@PathParam("unit") String unit, @PathParam("number") String number,
            @PathParam("code") String code) {
        return lists.removeItem(RestCaller.of(request), unit, Params.integer("number", number), code);
    }

    @POST
    @Path("evaluation")
    public VersionSummary evaluate(@PathParam("unit") String unit, @PathParam("number") String number, Evaluation body) {
        Evaluation e = Bodies.required(body);
        return lists.evaluate(RestCaller.of(request), unit, Params.integer("number", number), e.record(),
                Params.date("on", e.on()));
    }

    /** An evaluated version back to draft. */
    @POST
    @Path("reopening")
    @Consumes(MediaType.WILDCARD)
    public VersionSummary reopen(@PathParam("unit") String unit, @PathParam("number") String number) {
        return lists.reopen(RestCaller.of(request), unit, Params.integer("number", number));
    }

    @POST
    @Path("approval")
    public VersionSummary approve(@PathParam("unit") String unit, @PathParam("number") String number, Approval body) {
        Approval a = Bodies.required(body);
        return lists.approve(RestCaller.of(request), unit, Params.integer("number", number), a.document(),
                Params.date("on", a.on()));
    }

    @POST
    @Path("filing")
    public VersionSummary file(@PathParam("unit") String unit, @PathParam("number") String number, Filing body) {
        Filing f = Bodies.required(body);
        return lists.file(RestCaller.of(request), unit, Params.integer("number", number), Params.date("filedOn", f.filedOn()),
                Params.date("effectiveFrom", f.effectiveFrom()));
    }

    @POST
    @Path("abandonment")
    @Consumes(MediaType.WILDCARD)
    public VersionSummary abandon(@PathParam("unit") String unit, @PathParam("number") String number) {
        return lists.abandon(RestCaller.of(request), unit, Params.integer("number", number));
    }

    /** A department's opinion on the draft; 204. */
    @POST
    @Path("opinions")
    public Response submitOpinion(@PathParam("unit") String unit, @PathParam("number") String number, Opinion body) {
        lists.submitOpinion(RestCaller.of(request), unit, Params.integer("number", number), Bodies.required(body).opinion());
        return Response.noContent().build();
    }

    static Response attachment(Download download) {
        return Response.ok(download.content(), Download.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"").build();
    }
}
