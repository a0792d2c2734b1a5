package cn.gov.yingkou.sgpt.ws.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.Difference;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;

/** A unit's concentrated licensing item list over REST (Art 7): in force on a day, every version, diffs. */
@Path("catalogue/units/{unit}/item-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @EJB
    ItemLists lists;

    @Context
    HttpServletRequest request;

    /** The version in force today, or on {@code on} (yyyy-MM-dd, Beijing date). */
    @GET
    public VersionDetail inForce(@PathParam("unit") String unit, @QueryParam("on") String on) {
        LocalDate day = on == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : Params.date("on", on);
        return lists.inForce(RestCaller.of(request), unit, day).orElseThrow(() -> new NotFoundException(
                "单位 " + unit + " 在 " + day + " 没有生效的事项清单 / No item list of unit " + unit + " was in force on " + day));
    }

    @GET
    @Path("versions")
    public List<VersionSummary> versions(@PathParam("unit") String unit) {
        return lists.versions(RestCaller.of(request), unit);
    }

    @GET
    @Path("versions/{number}")
    public VersionDetail version(@PathParam("unit") String unit, @PathParam("number") String number) {
        return lists.version(RestCaller.of(request), unit, Params.integer("number", number));
    }

    /** What changed from version {@code from} to version {@code to}. */
    @GET
    @Path("diff")
    public Difference diff(@PathParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to) {
        return lists.compare(RestCaller.of(request), unit, Params.integer("from", required("from", from)),
                Params.integer("to", required("to", to)));
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("缺少参数 " + name + " / Parameter " + name + " is required");
        }
        return value;
    }
}
