package cn.gov.yingkou.sgpt.ws.supervision;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionKind;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionOutcome;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionRecorded;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionView;
import cn.gov.yingkou.sgpt.supervision.boundary.Inspections;
import cn.gov.yingkou.sgpt.supervision.boundary.NewInspection;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionStart;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Supervision files over REST (Art 17, 18) for a department's supervision system (SUPERVISION) and for provincial
 * systems that take supervision records: list the department's files, read one, start supervision on one, and record
 * and read its inspections (a report under a message id already recorded answers the first record with 200).
 */
@Path("supervision")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    public record StartBody(String supervisor, String firstMeasure, String startedOn) {
    }

    public record InspectionBody(String messageId, String kind, String inspectedOn, String inspectors, String findings,
            String outcome, String rectificationOrder, String rectifyBy, Long followsUp) {
    }

    @EJB
    SupervisionFiles files;

    @EJB
    Inspections inspections;

    @Context
    HttpServletRequest request;

    @GET
    @Path("files")
    public ResultPage<SupervisionFileView> list(@QueryParam("department") String department,
            @QueryParam("status") String status, @QueryParam("q") String search, @QueryParam("first") String first,
            @QueryParam("size") String size) {
        return files.list(RestCaller.of(request), department == null || department.isBlank() ? null : department,
                Params.someOf(FileStatus.class, "status", status), search,
                first == null ? 0 : Params.integer("first", first), size == null ? 50 : Params.integer("size", size));
    }

    @GET
    @Path("files/{id}")
    public SupervisionFileView file(@PathParam("id") String id) {
        return files.file(RestCaller.of(request), Params.id("id", id));
    }

    /** The department starts supervising the licence: meets (or, late, completes) its "start supervision" duty. */
    @POST
    @Path("files/{id}/start")
    public SupervisionFileView start(@PathParam("id") String id, StartBody body) {
        StartBody b = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        LocalDate startedOn = Params.date(checks, "startedOn", b.startedOn());
        checks.refuseIfAny();
        return files.start(RestCaller.of(request), Params.id("id", id), new SupervisionStart(b.supervisor(),
                b.firstMeasure(), startedOn));
    }

    @GET
    @Path("files/{id}/inspections")
    public List<InspectionView> inspections(@PathParam("id") String id) {
        return inspections.ofFile(RestCaller.of(request), Params.id("id", id));
    }

    @POST
    @Path("files/{id}/inspections")
    public Response inspect(@PathParam("id") String id, InspectionBody body) {
        InspectionBody b = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        LocalDate inspectedOn = Params.date(checks, "inspectedOn", b.inspectedOn());
        LocalDate rectifyBy = Params.date(checks, "rectifyBy", b.rectifyBy());
        InspectionKind kind = b.kind() == null ? null
                : checks.check("kind", () -> Params.oneOf(InspectionKind.class, "kind", b.kind()));
        InspectionOutcome outcome = b.outcome() == null ? null
                : checks.check("outcome", () -> Params.oneOf(InspectionOutcome.class, "outcome", b.outcome()));
        checks.refuseIfAny();
        InspectionRecorded recorded = inspections.record(RestCaller.of(request), Params.id("id", id),
                new NewInspection(b.messageId(), kind, inspectedOn, b.inspectors(), b.findings(), outcome,
                        b.rectificationOrder(), rectifyBy, b.followsUp()));
        URI location = URI.create("supervision/inspections/" + recorded.inspection().id());
        return (recorded.repeated() ? Response.ok().location(location) : Response.created(location))
                .entity(recorded.inspection()).build();
    }

    @GET
    @Path("inspections/{id}")
    public InspectionView inspection(@PathParam("id") String id) {
        return inspections.inspection(RestCaller.of(request), Params.id("id", id));
    }
}
