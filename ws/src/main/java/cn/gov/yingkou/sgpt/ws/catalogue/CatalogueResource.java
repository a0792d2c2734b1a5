package cn.gov.yingkou.sgpt.ws.catalogue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Difference;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListWorkbooks.Download;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListWorkbooks;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * A unit's concentrated licensing item list over REST (Art 7): in force on a day (as JSON or as an Excel
 * workbook), every version, diffs, and starting a new draft.
 */
@Path("catalogue/units/{unit}/item-list")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    /** The body that starts a draft. */
    public record NewDraft(String title) {
    }

    @EJB
    ItemLists lists;

    @EJB
    ItemListWorkbooks workbooks;

    @Context
    HttpServletRequest request;

    /** The version in force today, or on {@code on} (yyyy-MM-dd, Beijing date). */
    @GET
    public VersionDetail inForce(@PathParam("unit") String unit, @QueryParam("on") String on) {
        return inForceOn(unit, on);
    }

    /** The same version as an xlsx workbook, with each item's implementation list in effect. */
    @GET
    @Path("workbook")
    @Produces(Download.MEDIA_TYPE)
    public Response workbook(@PathParam("unit") String unit, @QueryParam("on") String on) {
        int number = inForceOn(unit, on).summary().number();
        return ItemListVersionResource.attachment(workbooks.export(RestCaller.of(request), unit, number));
    }

    @GET
    @Path("versions")
    public List<VersionSummary> versions(@PathParam("unit") String unit) {
        return lists.versions(RestCaller.of(request), unit);
    }

    /** A new draft holding the items in force; 201 with the draft's address. */
    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startDraft(@PathParam("unit") String unit, NewDraft body) {
        VersionSummary draft = lists.startDraft(RestCaller.of(request), unit, Bodies.required(body).title());
        return Response.created(URI.create("catalogue/units/" + unit + "/item-list/versions/" + draft.number()))
                .entity(draft).build();
    }

    /** What changed from version {@code from} to version {@code to}. */
    @GET
    @Path("diff")
    public Difference diff(@PathParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to) {
        return lists.compare(RestCaller.of(request), unit, Params.integer("from", from), Params.integer("to", to));
    }

    private VersionDetail inForceOn(String unit, String on) {
        LocalDate day = on == null ? Beijing.today() : Params.date("on", on);
        return lists.inForce(RestCaller.of(request), unit, day).orElseThrow(() -> new NotFoundException(
                "单位 " + unit + " 在 " + day + " 没有生效的事项清单 / No item list of unit " + unit + " was in force on " + day));
    }
}
