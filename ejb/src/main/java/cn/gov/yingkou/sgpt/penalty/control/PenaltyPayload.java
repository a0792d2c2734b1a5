package cn.gov.yingkou.sgpt.penalty.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import cn.gov.yingkou.sgpt.penalty.boundary.NewPenaltyDecision;
import cn.gov.yingkou.sgpt.penalty.entity.PenaltyDecision;
import cn.gov.yingkou.sgpt.shared.MessageIds;

/** A penalty decision as the approval bureau receives it, and the digest that recognises a repeated message. */
public final class PenaltyPayload {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private PenaltyPayload() {
    }

    public static String of(PenaltyDecision d, String departmentCode) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("decisionNumber", d.decisionNumber())
                .add("decidedOn", d.decidedOn().toString())
                .add("decidedBy", departmentCode)
                .add("licenceNumber", d.licenceNumber())
                .add("holderName", d.holderName())
                .add("itemCode", d.itemCode())
                .add("facts", d.facts())
                .add("legalBasis", d.legalBasis())
                .add("penalty", d.penalty())
                .add("measure", d.measure().name());
        if (d.suspendedUntil() != null) {
            json.add("suspendedUntil", d.suspendedUntil().toString());
        }
        return json.build().toString();
    }

    /** SHA-256 of the decision as given (the message id aside): the same message again has the same digest. */
    public static String digest(NewPenaltyDecision d) {
        String canonical = String.join("\u001f", String.valueOf(d.decisionNumber()), String.valueOf(d.decidedOn()),
                String.valueOf(d.licenceNumber()), String.valueOf(d.facts()), String.valueOf(d.legalBasis()),
                String.valueOf(d.penalty()), String.valueOf(d.measure()), String.valueOf(d.suspendedUntil()));
        return MessageIds.contentDigest(canonical);
    }
}
