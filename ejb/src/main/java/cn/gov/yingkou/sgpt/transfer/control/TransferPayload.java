package cn.gov.yingkou.sgpt.transfer.control;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import cn.gov.yingkou.sgpt.shared.MessageIds;
import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;
import cn.gov.yingkou.sgpt.transfer.boundary.ReceivedEvidence;
import cn.gov.yingkou.sgpt.transfer.entity.CaseTransfer;

/**
 * A transfer as its hand-over carries it to the receiving department (the party's identity number stays with the
 * transfer, read on need to know), and the digest that recognises a repeated message: its fields and its evidence's
 * SHA-256s.
 */
public final class TransferPayload {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private TransferPayload() {
    }

    public static String of(CaseTransfer t, String fromDepartmentCode, List<ReceivedEvidence> evidence) {
        JsonArrayBuilder files = JSON.createArrayBuilder();
        for (ReceivedEvidence e : evidence) {
            files.add(JSON.createObjectBuilder().add("fileName", e.fileName()).add("type", e.type())
                    .add("size", e.size()).add("sha256", e.sha256()).add("sm3", e.sm3()));
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("transferNumber", t.number())
                .add("transferredBy", fromDepartmentCode)
                .add("facts", t.facts())
                .add("place", t.place())
                .add("foundOn", t.foundOn().toString())
                .add("partyKind", t.partyKind().name())
                .add("partyName", t.partyName())
                .add("provision", t.provision())
                .add("evidence", files);
        if (t.licenceNumber() != null) {
            json.add("licenceNumber", t.licenceNumber());
        }
        if (t.supervisionRecord() != null) {
            json.add("supervisionRecord", t.supervisionRecord());
        }
        return json.build().toString();
    }

    /** A closed case's outcome as the sender and the approval bureau receive it. */
    public static String outcome(CaseTransfer t, String handlerCode) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("transferNumber", t.number())
                .add("caseNumber", t.caseNumber())
                .add("handledBy", handlerCode)
                .add("closedOn", t.closedOn().toString())
                .add("outcome", t.outcome())
                .add("partyName", t.partyName());
        if (t.penaltyDecisionNumber() != null) {
            json.add("penaltyDecisionNumber", t.penaltyDecisionNumber());
        }
        if (t.penaltyDecisionId() != null) {
            json.add("penaltyDecisionId", t.penaltyDecisionId());
        }
        if (t.licenceNumber() != null) {
            json.add("licenceNumber", t.licenceNumber());
        }
        return json.build().toString();
    }

    /** SHA-256 of the transfer as given (the message id aside), with its evidence's digests in order. */
    public static String digest(NewTransfer t, List<ReceivedEvidence> evidence) {
        StringBuilder canonical = new StringBuilder(String.join("\u001f", String.valueOf(t.toDepartmentCode()),
                String.valueOf(t.facts()), String.valueOf(t.place()), String.valueOf(t.foundOn()),
                String.valueOf(t.partyKind()), String.valueOf(t.partyName()), String.valueOf(t.partyId()),
                String.valueOf(t.provision()), String.valueOf(t.licenceNumber()), String.valueOf(t.supervisionRecord())));
        evidence.forEach(e -> canonical.append('\u001e').append(e == null ? "" : e.fileName() + '\u001f' + e.sha256()));
        return MessageIds.contentDigest(canonical.toString());
    }
}
