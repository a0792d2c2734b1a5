package cn.gov.yingkou.sgpt.ws.supervision;

import java.net.URI;

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
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintKind;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintView;
import cn.gov.yingkou.sgpt.supervision.boundary.Complaints;
import cn.gov.yingkou.sgpt.supervision.boundary.Lodged;
import cn.gov.yingkou.sgpt.supervision.boundary.NewComplaint;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Complaints and reports over REST (Art 18): a hotline system (12345, COMPLAINT_INTAKE) passes a ticket on under its
 * message id and gets the reference and the code to give the caller (a repeat answers 200 with the reference and no
 * code); the handling department's system (SUPERVISION) lists, reads and answers them, or passes on one that is
 * another department's.
 */
@Path("complaints")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    public record ComplaintBody(String messageId, String kind, String licenceNumber, String departmentCode,
            String subjectName, String content, String complainantName, String complainantPhone,
            String sourceReference) {
    }

    public record AnswerBody(String answer) {
    }

    public record ForwardingBody(String departmentCode, String reason) {
    }

    @EJB
    Complaints complaints;

    @Context
    HttpServletRequest request;

    @POST
    public Response lodge(ComplaintBody body) {
        ComplaintBody b = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        ComplaintKind kind = b.kind() == null ? null
                : checks.check("kind", () -> Params.oneOf(ComplaintKind.class, "kind", b.kind()));
        checks.refuseIfAny();
        Lodged lodged = complaints.lodge(RestCaller.of(request), new NewComplaint(b.messageId(), kind,
                b.licenceNumber(), b.departmentCode(), b.subjectName(), b.content(), b.complainantName(),
                b.complainantPhone(), b.sourceReference()));
        URI location = URI.create("complaints/" + lodged.complaint().id());
        return (lodged.repeated() ? Response.ok().location(location) : Response.created(location)).entity(lodged)
                .build();
    }

    @GET
    public ResultPage<ComplaintView> inbox(@QueryParam("department") String department,
            @QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("size") String size) {
        return complaints.inbox(RestCaller.of(request), department == null || department.isBlank() ? null : department,
                Params.someOf(ComplaintStatus.class, "status", status), first == null ? 0 : Params.integer("first", first),
                size == null ? 50 : Params.integer("size", size));
    }

    @GET
    @Path("{id}")
    public ComplaintView complaint(@PathParam("id") String id) {
        return complaints.complaint(RestCaller.of(request), Params.id("id", id));
    }

    @POST
    @Path("{id}/answer")
    public ComplaintView answer(@PathParam("id") String id, AnswerBody body) {
        return complaints.answer(RestCaller.of(request), Params.id("id", id), Bodies.required(body).answer());
    }

    /** One that is another department's is passed on to it, with the reason. */
    @POST
    @Path("{id}/forwarding")
    public ComplaintView forward(@PathParam("id") String id, ForwardingBody body) {
        ForwardingBody b = Bodies.required(body);
        return complaints.forward(RestCaller.of(request), Params.id("id", id), b.departmentCode(), b.reason());
    }
}
