package cn.gov.yingkou.sgpt.exchange.control;

import java.io.StringReader;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import cn.gov.yingkou.sgpt.catalogue.boundary.PushField;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.shared.Masking;

/**
 * What a push carries: exactly the fields the item's result push list names (Art 8 ¶1), taken from the
 * licence and its application when the push is prepared, as a JSON object keyed by field.
 */
public final class PushPayload {

    /** Looking the JSON provider up is a service-loader search: once, not per push. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private PushPayload() {
    }

    public static String of(Set<PushField> fields, LicenceView licence, ApplicationView application) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (PushField field : fields) {
            switch (field) {
                case ITEM_NAME -> json.add("itemName", application.itemName()).add("itemCode", application.itemCode());
                case APPLICANT_NAME -> json.add("applicantName", application.applicantName());
                case APPLICANT_ID -> json.add("applicantKind", application.applicantKind().name())
                        .add("applicantId", application.applicantId());
                case CONTACT -> json.add("contactName", application.contactName())
                        .add("contactPhone", application.contactPhone());
                case MATERIALS -> {
                    JsonArrayBuilder materials = JSON.createArrayBuilder();
                    application.materials().forEach(materials::add);
                    json.add("materials", materials);
                }
                case DECISION -> json.add("decision", "GRANTED").add("decidedAt", application.decidedAt() == null
                        ? licence.issuedAt().toString() : application.decidedAt().toString());
                case LICENCE_NUMBER -> json.add("licenceNumber", licence.number());
                case LICENCE_SCOPE -> json.add("scope", licence.scope());
                case VALIDITY -> {
                    json.add("validFrom", licence.validFrom().toString());
                    if (licence.validUntil() != null) {
                        json.add("validUntil", licence.validUntil().toString());
                    }
                }
                case CERTIFICATE -> json.add("certificateForm", licence.form().name())
                        .add("certificateRef", licence.certificateRef());
            }
        }
        return json.build().toString();
    }

    /** Whether the payload carries a person's identifier or a contact's phone. */
    public static boolean holdsPersonalData(String payload) {
        if (payload == null || payload.isBlank()) {
            return false;
        }
        JsonObject json = parse(payload);
        return personsId(json) || json.containsKey("contactPhone");
    }

    /** The payload as those without a need to know see it: a person's ID number and the contact's phone masked. */
    public static String masked(String payload) {
        JsonObject json = parse(payload);
        JsonObjectBuilder masked = JSON.createObjectBuilder(json);
        if (personsId(json)) {
            masked.add("applicantId", Masking.identifier(json.getString("applicantId")));
        }
        if (json.containsKey("contactPhone")) {
            masked.add("contactPhone", Masking.phone(json.getString("contactPhone")));
        }
        return masked.build().toString();
    }

    private static boolean personsId(JsonObject json) {
        return "PERSON".equals(json.getString("applicantKind", null)) && json.containsKey("applicantId");
    }

    private static JsonObject parse(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
