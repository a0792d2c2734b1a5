package cn.gov.yingkou.sgpt.ws.licensing;

import java.net.URI;
import java.time.Instant;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.Certificates;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResult;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceQuery;
import cn.gov.yingkou.sgpt.licensing.boundary.ActionRecorded;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionKind;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionRequest;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActions;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.licensing.boundary.NewApplication;
import cn.gov.yingkou.sgpt.licensing.boundary.Submissions;
import cn.gov.yingkou.sgpt.licensing.boundary.Submitted;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Licensing over REST for the provincial online service platform and other systems: submit an application
 * or a finished result (LICENSING_SUBMIT, the approval bureau's own system), query an application's status
 * and the licence register, incrementally by change time (LICENSING_READ). A submission carries the caller's
 * message id; the same id again answers the first submission. Every bad field is named in one 400.
 */
@Path("licensing")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LicensingResource {

    public record ApplicantBody(String kind, String id, String name, String contactName, String contactPhone) {
    }

    public record ApplicationBody(String messageId, String itemCode, ApplicantBody applicant, List<String> materials) {
    }

    public record LicenceBody(String number, String scope, String validFrom, String validUntil, String form,
            String certificateRef) {
    }

    public record ActionBody(String messageId, String kind, String documentNumber, String decidedOn, String reason,
            String legalBasis, String newScope, String newValidUntil, String newCertificateRef, String suspendedUntil,
            Long answers) {
    }

    public record FinishedBody(String messageId, String itemCode, ApplicantBody applicant, List<String> materials,
            String acceptedAt, String decidedAt, String issuedAt, LicenceBody licence) {
    }

    @EJB
    Submissions submissions;

    @EJB
    ApplicationQueries queries;

    @EJB
    LicenceRegister register;

    @EJB
    LicenceActions actions;

    @EJB
    Certificates certificates;

    @Context
    HttpServletRequest request;

    @POST
    @Path("units/{unit}/applications")
    public Response submit(@PathParam("unit") String unit, ApplicationBody body) {
        ApplicationBody b = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        Applicant applicant = applicant(checks, b.applicant());
        NewApplication application = checks.check("", () -> new NewApplication(unit, b.itemCode(), applicant, b.materials(),
                b.messageId()));
        checks.refuseIfAny();
        return created(submissions.application(RestCaller.of(request), application));
    }

    @POST
    @Path("units/{unit}/finished-results")
    public Response submitFinished(@PathParam("unit") String unit, FinishedBody body) {
        FinishedBody b = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        Applicant applicant = applicant(checks, b.applicant());
        Instant accepted = time(checks, "acceptedAt", b.acceptedAt());
        Instant decided = time(checks, "decidedAt", b.decidedAt());
        Instant issued = time(checks, "issuedAt", b.issuedAt());
        LicenceBody l = b.licence();
        LicenceTerms terms = l == null ? null : terms(checks, l);
        FinishedResult result = checks.check("", () -> new FinishedResult(unit, b.itemCode(), applicant, b.materials(),
                accepted, decided, issued, l == null ? null : l.number(), terms, b.messageId()));
        checks.refuseIfAny();
        return created(submissions.finishedResult(RestCaller.of(request), result));
    }

    @GET
    @Path("applications/{number}")
    public ApplicationView status(@PathParam("number") String number) {
        return queries.status(RestCaller.of(request), number);
    }

    /** The unit's register, newest first; holder: identifier or part of the name. */
    @GET
    @Path("units/{unit}/licences")
    public ResultPage<LicenceView> licences(@PathParam("unit") String unit, @QueryParam("holder") String holder,
            @QueryParam("number") String number, @QueryParam("item") String item, @QueryParam("status") String status,
            @QueryParam("first") String first, @QueryParam("size") String size) {
        LicenceStatus wanted = status == null || status.isBlank() ? null
                : Params.oneOf(LicenceStatus.class, "status", status);
        return register.search(RestCaller.of(request), new LicenceQuery(unit, holder, number, item, wanted),
                first == null ? 0 : Params.integer("first", first), size == null ? 50 : Params.integer("size", size));
    }

    @GET
    @Path("licences/{number}")
    public LicenceView licence(@PathParam("number") String number) {
        return register.byNumber(RestCaller.of(request), number);
    }

    /** The licence's printable certificate (PDF). */
    @GET
    @Path("licences/{number}/certificate")
    @Produces(Certificates.Certificate.MEDIA_TYPE)
    public Response certificate(@PathParam("number") String number) {
        // The portal, whose verification page the QR code leads to, is the server's root.
        String portal = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Certificates.Certificate pdf = certificates.pdf(RestCaller.of(request), number, portal);
        return Response.ok(pdf.content(), Certificates.Certificate.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** Licences changed after {@code since}; pass the answer's {@code next} as the following {@code since}. */
    @GET
    @Path("licence-changes")
    public LicenceRegister.Changes changes(@QueryParam("since") String since) {
        return register.changedSince(RestCaller.of(request), Params.instant("since", since));
    }

    /**
     * The approval bureau acts on a licence it issued (ACT_ON_LICENCE: its people, or its system with LICENSING_SUBMIT):
     * CHANGE, SUSPEND, RESTORE, WITHDRAW, REVOKE, CANCEL, or DECLINE a penalty decision ({@code answers}: the penalty's
     * hand-over). 201 with the action; the same messageId again answers it with 200. The action goes back to the
     * department at once.
     */
    @POST
    @Path("licences/{number}/actions")
    public Response act(@PathParam("number") String number, ActionBody body) {
        ActionBody a = Bodies.required(body);
        FieldChecks checks = new FieldChecks();
        LicenceActionKind kind = a.kind() == null ? null
                : checks.check("kind", () -> Params.oneOf(LicenceActionKind.class, "kind", a.kind()));
        LocalDate decided = Params.date(checks, "decidedOn", a.decidedOn());
        LocalDate validUntil = Params.date(checks, "newValidUntil", a.newValidUntil());
        LocalDate suspended = Params.date(checks, "suspendedUntil", a.suspendedUntil());
        checks.refuseIfAny();
        ActionRecorded done = actions.act(RestCaller.of(request), number, new LicenceActionRequest(kind,
                a.documentNumber(), decided, a.reason(), a.legalBasis(), a.newScope(), validUntil, a.newCertificateRef(),
                suspended, a.answers(), a.messageId()));
        URI location = URI.create("licensing/licences/" + number + "/actions");
        return (done.repeated() ? Response.ok() : Response.created(location)).entity(done.action()).build();
    }

    /** Every action taken on the licence, oldest first. */
    @GET
    @Path("licences/{number}/actions")
    public List<LicenceActionView> actions(@PathParam("number") String number) {
        return actions.history(RestCaller.of(request), number);
    }

    /** 201 with its address for what the submission created; 200 with the same for a repeat, which created nothing. */
    private Response created(Submitted submitted) {
        ApplicationView view = submitted.application();
        URI location = URI.create("licensing/applications/" + view.number());
        return (submitted.repeat() ? Response.ok().location(location) : Response.created(location)).entity(view).build();
    }

    /** The applicant as far as its fields are good (null when missing or refused, each refusal noted). */
    private static Applicant applicant(FieldChecks checks, ApplicantBody a) {
        if (a == null) {
            return null;
        }
        ApplicantKind kind = a.kind() == null ? null
                : checks.check("applicant.kind", () -> Params.oneOf(ApplicantKind.class, "applicant.kind", a.kind()));
        return checks.check("applicant", () -> new Applicant(kind, a.id(), a.name(), a.contactName(), a.contactPhone()));
    }

    private static LicenceTerms terms(FieldChecks checks, LicenceBody l) {
        LocalDate from = l.validFrom() == null ? null
                : checks.check("licence.validFrom", () -> Params.date("licence.validFrom", l.validFrom()));
        LocalDate until = l.validUntil() == null ? null
                : checks.check("licence.validUntil", () -> Params.date("licence.validUntil", l.validUntil()));
        CertificateForm form = l.form() == null ? null
                : checks.check("licence.form", () -> Params.oneOf(CertificateForm.class, "licence.form", l.form()));
        return checks.check("licence", () -> new LicenceTerms(l.scope(), from, until, form, l.certificateRef()));
    }

    private static Instant time(FieldChecks checks, String field, String value) {
        return value == null ? null : checks.check(field, () -> Params.instant(field, value));
    }
}
