package cn.gov.yingkou.sgpt.exchange.control;

import java.io.StringReader;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionView;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;

/** The content of the documents the exchange builds itself, as the receiver gets it (JSON objects keyed by field). */
public final class HandoverPayloads {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private HandoverPayloads() {
    }

    /**
     * A licence action (Art 19 ¶2): the action and its document, the licence's status before and after, what a change
     * changed, the end of a suspension.
     */
    public static String licenceAction(LicenceView licence, LicenceActionView action) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("action", action.kind().name())
                .add("documentNumber", action.documentNumber())
                .add("decidedOn", action.decidedOn().toString())
                .add("reason", action.reason())
                .add("licenceNumber", licence.number())
                .add("itemCode", licence.itemCode())
                .add("holderName", licence.holderName())
                .add("statusBefore", action.statusBefore().name())
                .add("statusAfter", action.statusAfter().name());
        optional(json, "legalBasis", action.legalBasis());
        if (action.before() != null) {
            json.add("changedFrom", object(action.before())).add("changedTo", object(action.after()));
        }
        optional(json, "suspendedUntil", action.suspendedUntil());
        return json.build().toString();
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof LocalDate date) {
            json.add(name, date.toString());
        } else if (value != null) {
            json.add(name, value.toString());
        }
    }
}
