package cn.gov.yingkou.sgpt.ws.supervision;

import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionStart;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Supervision files over REST (Art 17, 18) for a department's supervision system (SUPERVISION) and for provincial
 * systems that take supervision records: list the department's files, read one, and start supervision on one.
 */
@Path("supervision/files")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    public record StartBody(String supervisor, String firstMeasure, String startedOn) {
    }

    @EJB
    SupervisionFiles files;

    @Context
    HttpServletRequest request;

    @GET
    public ResultPage<SupervisionFileView> list(@QueryParam("department") String department,
            @QueryParam("status") String status, @QueryParam("q") String search, @QueryParam("first") String first,
            @QueryParam("size") String size) {
        return files.list(RestCaller.of(request), department == null || department.isBlank() ? null : department,
                Params.someOf(FileStatus.class, "status", status), search,
                first == null ? 0 : Params.integer("first", first), size == null ? 50 : Params.integer("size", size));
    }

    @GET
    @Path("{id}")
    public SupervisionFileView file(@PathParam("id") String id) {
        return files.file(RestCaller.of(request), Params.id("id", id));
    }

    /** The department starts supervising the licence: meets (or, late, completes) its "start supervision" duty. */
    @POST
    @Path("{id}/start")
    public SupervisionFileView start(@PathParam("id") String id, StartBody body) {
        StartBody b = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        LocalDate startedOn = Params.date(checks, "startedOn", b.startedOn());
        checks.refuseIfAny();
        return files.start(RestCaller.of(request), Params.id("id", id), new SupervisionStart(b.supervisor(),
                b.firstMeasure(), startedOn));
    }
}
