package cn.gov.yingkou.sgpt.ws.penalty;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.penalty.boundary.LicenceMeasure;
import cn.gov.yingkou.sgpt.penalty.boundary.NewPenaltyDecision;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.penalty.boundary.PenaltyDecisionView;
import cn.gov.yingkou.sgpt.penalty.boundary.Recorded;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Art 19 over REST for a competent department's or the enforcement bureau's penalty system (PENALTY_REPORT): report a
 * penalty decision that touches a licence; it is handed to the approval bureau that issued the licence at once (unless
 * {@code handOverNow} is false, when it waits in the department's outbox). The same messageId again answers the first
 * report with 200; every bad field is named in one 400.
 */
@Path("penalties")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PenaltyResource {

    public record DecisionBody(String messageId, String decisionNumber, String decidedOn, String licenceNumber,
            String facts, String legalBasis, String penalty, String measure, String suspendedUntil, Boolean handOverNow) {
    }

    @EJB
    Penalties penalties;

    @Context
    HttpServletRequest request;

    @POST
    public Response report(DecisionBody body) {
        DecisionBody d = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        LocalDate decided = Params.date(checks, "decidedOn", d.decidedOn());
        LocalDate suspended = Params.date(checks, "suspendedUntil", d.suspendedUntil());
        LicenceMeasure measure = d.measure() == null ? null
                : checks.check("measure", () -> Params.oneOf(LicenceMeasure.class, "measure", d.measure()));
        checks.refuseIfAny();
        Recorded recorded = penalties.record(RestCaller.of(request), new NewPenaltyDecision(d.messageId(),
                d.decisionNumber(), decided, d.licenceNumber(), d.facts(), d.legalBasis(), d.penalty(), measure,
                suspended), d.handOverNow() == null || d.handOverNow());
        URI location = URI.create("penalties/" + recorded.decision().id());
        return (recorded.repeated() ? Response.ok().location(location) : Response.created(location))
                .entity(recorded.decision()).build();
    }

    /** A decision, for its department, the bureau it went to, and oversight. */
    @GET
    @Path("{id}")
    public PenaltyDecisionView decision(@PathParam("id") String id) {
        return penalties.decision(RestCaller.of(request), Params.id("id", id));
    }
}
