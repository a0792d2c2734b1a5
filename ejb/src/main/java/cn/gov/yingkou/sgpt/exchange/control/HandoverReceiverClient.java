package cn.gov.yingkou.sgpt.exchange.control;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.xml.ws.WebServiceException;

import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.DeliverHandover;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.DeliverHandoverResponse;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.DocumentKind;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.HandoverReceiver;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.HandoverReceiverService;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.LicenceActionContent;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.PenaltyContent;
import cn.gov.yingkou.sgpt.exchange.contract.industry.v2.ResultContent;
import cn.gov.yingkou.sgpt.exchange.entity.AttemptOutcome;
import cn.gov.yingkou.sgpt.organisation.boundary.ReceivingChannels.DeliveryTarget;

/**
 * Calls an industry system's hand-over receiver (handover-receiver-v2.wsdl): every kind of document, with its kind and
 * its content typed for the kind, beside the same content as JSON.
 */
final class HandoverReceiverClient implements ReceiverClient {

    private static final URL CONTRACT = HandoverReceiverClient.class.getClassLoader()
            .getResource("META-INF/wsdl/handover-receiver-v2.wsdl");

    private static volatile HandoverReceiverService service;

    private final DeliveryTarget target;
    private final HandoverReceiver port;

    HandoverReceiverClient(DeliveryTarget target) {
        this.target = target;
        this.port = ReceiverCalls.aimed(service().getHandoverReceiverPort(), target);
    }

    @Override
    public boolean isFor(DeliveryTarget other) {
        return target.equals(other);
    }

    @Override
    public Answer deliver(DeliveryWork work, int attempt) {
        try {
            DeliverHandoverResponse response = port.deliverHandover(request(work, attempt));
            if (response == null || response.getOutcome() == null) {
                return new Answer(AttemptOutcome.FAILED, "答复缺少 outcome / The answer has no outcome");
            }
            String detail = response.getReason() != null ? response.getReason()
                    : response.getReceiptReference() == null ? null : "receipt " + response.getReceiptReference();
            return new Answer(AttemptOutcome.valueOf(response.getOutcome().value()), detail);
        } catch (WebServiceException e) {
            return new Answer(AttemptOutcome.FAILED, ReceiverCalls.describe(e));
        } catch (RuntimeException e) {
            return new Answer(AttemptOutcome.FAILED, ReceiverCalls.describe(e));
        }
    }

    private static HandoverReceiverService service() {
        HandoverReceiverService loaded = service;
        if (loaded == null) {
            synchronized (HandoverReceiverClient.class) {
                if (service == null) {
                    service = new HandoverReceiverService(CONTRACT);
                }
                loaded = service;
            }
        }
        return loaded;
    }

    static DeliverHandover request(DeliveryWork work, int attempt) {
        DeliverHandover request = new DeliverHandover();
        request.setMessageId(work.messageId());
        request.setHandoverId(work.pushId());
        request.setAttempt(attempt);
        request.setKind(DocumentKind.fromValue(work.kind().name()));
        request.setDocumentNumber(work.documentNumber());
        request.setUnitCode(work.unitCode());
        request.setLicenceNumber(work.licenceNumber());
        request.setItemCode(work.itemCode());
        request.setFromDepartmentCode(work.fromDepartmentCode());
        request.setToDepartmentCode(work.toDepartmentCode());
        request.setMadeAt(ReceiverCalls.xml(work.issuedAt()));
        request.setHandedOverAt(ReceiverCalls.xml(work.pushedAt()));
        request.setAnswers(work.answers());
        JsonObject content = parse(work.payload());
        switch (work.kind()) {
            case RESULT -> request.setResult(result(content));
            case PENALTY -> request.setPenalty(penalty(content));
            case LICENCE_ACTION -> request.setLicenceAction(licenceAction(content));
            case CASE_TRANSFER, CASE_OUTCOME -> throw new IllegalStateException("案件移送及其处理结果在平台收件箱接收 / "
                    + "Case transfers and their outcomes are received in the platform inbox");
        }
        request.setContentJson(work.payload());
        return request;
    }

    private static ResultContent result(JsonObject json) {
        ResultContent result = new ResultContent();
        result.setItemName(text(json, "itemName"));
        result.setApplicantName(text(json, "applicantName"));
        result.setApplicantKind(text(json, "applicantKind"));
        result.setApplicantId(text(json, "applicantId"));
        result.setContactName(text(json, "contactName"));
        result.setContactPhone(text(json, "contactPhone"));
        if (json.containsKey("materials")) {
            json.getJsonArray("materials").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(m -> result.getMaterial().add(m.getString()));
        }
        result.setDecision(text(json, "decision"));
        result.setDecidedAt(text(json, "decidedAt"));
        result.setScope(text(json, "scope"));
        result.setValidFrom(text(json, "validFrom"));
        result.setValidUntil(text(json, "validUntil"));
        result.setCertificateForm(text(json, "certificateForm"));
        result.setCertificateRef(text(json, "certificateRef"));
        return result;
    }

    private static PenaltyContent penalty(JsonObject json) {
        PenaltyContent penalty = new PenaltyContent();
        penalty.setDecisionNumber(text(json, "decisionNumber"));
        penalty.setDecidedOn(ReceiverCalls.xml(LocalDate.parse(text(json, "decidedOn"))));
        penalty.setDecidedBy(text(json, "decidedBy"));
        penalty.setHolderName(text(json, "holderName"));
        penalty.setFacts(text(json, "facts"));
        penalty.setLegalBasis(text(json, "legalBasis"));
        penalty.setPenalty(text(json, "penalty"));
        penalty.setMeasure(text(json, "measure"));
        if (json.containsKey("suspendedUntil")) {
            penalty.setSuspendedUntil(ReceiverCalls.xml(LocalDate.parse(text(json, "suspendedUntil"))));
        }
        return penalty;
    }

    private static LicenceActionContent licenceAction(JsonObject json) {
        LicenceActionContent action = new LicenceActionContent();
        action.setAction(text(json, "action"));
        action.setDecidedOn(ReceiverCalls.xml(LocalDate.parse(text(json, "decidedOn"))));
        action.setReason(text(json, "reason"));
        action.setLegalBasis(text(json, "legalBasis"));
        action.setHolderName(text(json, "holderName"));
        action.setStatusBefore(text(json, "statusBefore"));
        action.setStatusAfter(text(json, "statusAfter"));
        if (json.containsKey("changedFrom")) {
            action.setChangedFrom(json.get("changedFrom").toString());
            action.setChangedTo(json.get("changedTo").toString());
        }
        if (json.containsKey("suspendedUntil")) {
            action.setSuspendedUntil(ReceiverCalls.xml(LocalDate.parse(text(json, "suspendedUntil"))));
        }
        return action;
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : json.getString(name);
    }

    private static JsonObject parse(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
