package cn.gov.yingkou.sgpt.ws.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.transfer.boundary.CaseOutcome;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceDownload;
import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;
import cn.gov.yingkou.sgpt.transfer.boundary.ReceivedEvidence;
import cn.gov.yingkou.sgpt.transfer.boundary.Sent;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferBox;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferView;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Art 20 over REST for a department's case system (CASE_TRANSFER): send a transfer with its evidence as
 * multipart/form-data (a {@code transfer} part in JSON and one {@code evidence} part per file, each streamed through
 * a temporary file into the evidence store, never held whole; with the X-Requested-By header, see BrowserSafeWrites),
 * or as JSON without evidence; list the department's received and sent
 * transfers; read one; accept, decline or return it; send it on or withdraw it; close the case with its outcome; and
 * download an evidence file, its digest checked again first. The same messageId again answers the first transfer with
 * 200; every bad field is named in one 400; a refused file has its own code.
 */
@Path("transfers")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    /** The part carrying the transfer itself; every other part must be an evidence file. */
    static final String TRANSFER_PART = "transfer";
    static final String EVIDENCE_PART = "evidence";

    public record Acceptance(String caseNumber) {
    }

    public record Reasons(String reasons, String suggestedDepartmentCode) {
    }

    public record Forwarding(String toDepartmentCode) {
    }

    public record Withdrawal(String reason) {
    }

    public record Outcome(String outcome, String closedOn, String penaltyDecisionNumber) {
    }

    @EJB
    Transfers transfers;

    @Context
    HttpServletRequest request;

    /** A transfer without evidence files. */
    @POST
    public Response send(TransferBody body) {
        Caller caller = RestCaller.of(request);
        return sent(transfers.send(caller, Bodies.required(body).toNewTransfer(), List.of()));
    }

    /** A transfer with its evidence: checked before a file is received, so a wrong field costs no upload. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response sendWithEvidence(List<EntityPart> parts) throws IOException {
        Caller caller = RestCaller.of(request);
        MultipartTransfer upload = MultipartTransfer.of(parts);
        NewTransfer transfer = upload.transfer();
        transfers.check(caller, transfer, upload.files().size());
        List<ReceivedEvidence> evidence = new ArrayList<>();
        for (EntityPart file : upload.files()) {
            try (InputStream content = file.getContent()) {
                evidence.add(transfers.receive(caller, file.getFileName().orElseThrow(), content));
            }
        }
        return sent(transfers.send(caller, transfer, evidence));
    }

    private static Response sent(Sent sent) {
        URI location = URI.create("transfers/" + sent.transfer().id());
        return (sent.repeated() ? Response.ok().location(location) : Response.created(location))
                .entity(sent.transfer()).build();
    }

    /**
     * The department's {@code box} RECEIVED (default) or SENT, in the given {@code status}es (comma-separated; all
     * when none), newest first; oversight names the {@code department}.
     */
    @GET
    public ResultPage<TransferView> list(@QueryParam("box") String box, @QueryParam("status") String status,
            @QueryParam("department") String department, @QueryParam("first") String first,
            @QueryParam("size") String size) {
        return transfers.list(RestCaller.of(request), department == null || department.isBlank() ? null : department,
                box == null || box.isBlank() ? TransferBox.RECEIVED : Params.oneOf(TransferBox.class, "box", box),
                Params.someOf(TransferStatus.class, "status", status), first == null ? 0 : Params.integer("first", first),
                size == null ? 50 : Params.integer("size", size));
    }

    @GET
    @Path("{id}")
    public TransferView transfer(@PathParam("id") String id) {
        return transfers.transfer(RestCaller.of(request), Params.id("id", id));
    }

    /** The receiver files a case under its number. */
    @POST
    @Path("{id}/acceptance")
    public TransferView accept(@PathParam("id") String id, Acceptance body) {
        return transfers.accept(RestCaller.of(request), Params.id("id", id), Bodies.required(body).caseNumber());
    }

    /** The receiver declines it, with its reasons. */
    @POST
    @Path("{id}/declination")
    public TransferView decline(@PathParam("id") String id, Reasons body) {
        return transfers.decline(RestCaller.of(request), Params.id("id", id), Bodies.required(body).reasons());
    }

    /** The receiver returns it as not its own, naming the department it thinks is (optional). */
    @POST
    @Path("{id}/return")
    public TransferView giveBack(@PathParam("id") String id, Reasons body) {
        Reasons r = Bodies.required(body);
        return transfers.returnNotCompetent(RestCaller.of(request), Params.id("id", id), r.reasons(),
                r.suggestedDepartmentCode());
    }

    /** After a return, the sender sends it on to another department. */
    @POST
    @Path("{id}/forwarding")
    public TransferView sendOn(@PathParam("id") String id, Forwarding body) {
        return transfers.sendOn(RestCaller.of(request), Params.id("id", id), Bodies.required(body).toDepartmentCode());
    }

    /** The sender takes it back before a decision or after a return. */
    @POST
    @Path("{id}/withdrawal")
    public TransferView withdraw(@PathParam("id") String id, Withdrawal body) {
        return transfers.withdraw(RestCaller.of(request), Params.id("id", id), Bodies.required(body).reason());
    }

    /** The receiver closes the case it filed: the outcome goes to the sender and the approval bureau. */
    @POST
    @Path("{id}/outcome")
    public TransferView close(@PathParam("id") String id, Outcome body) {
        Outcome o = Bodies.required(body);
        var checks = new cn.gov.yingkou.sgpt.shared.FieldChecks();
        var closedOn = Params.date(checks, "closedOn", o.closedOn());
        checks.refuseIfAny();
        return transfers.close(RestCaller.of(request), Params.id("id", id), new CaseOutcome(o.outcome(), closedOn,
                o.penaltyDecisionNumber()));
    }

    /**
     * Evidence file {@code n} (from 1, in the order sent), streamed with its digests in the headers; a file that no
     * longer matches its digest is refused (409, SGPT-SYS-409) before a byte is sent.
     */
    @GET
    @Path("{id}/evidence/{n}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") String id, @PathParam("n") String n) {
        EvidenceDownload file = transfers.evidence(RestCaller.of(request), Params.id("id", id),
                Params.integer("n", n));
        return EvidenceResponses.of(file);
    }
}
