package cn.gov.yingkou.sgpt.web.exchange;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import cn.gov.yingkou.sgpt.web.duty.DutyFormat;

/**
 * A push's fields as the push page lists them: each under its name in the user's language (the payload's JSON
 * keys are for the receiving systems), coded values (applicant kind, decision, certificate form) in words, the
 * decision time in Beijing time, lists joined.
 */
public final class PayloadFields {

    /** The message key that words a coded field's value, by the field's JSON key. */
    private static final Map<String, String> CODED = Map.of("applicantKind", "application.kind.",
            "decision", "application.status.", "certificateForm", "licences.form.", "measure", "penalty.measure.",
            "action", "licenceAction.kind.", "statusBefore", "licence.status.", "statusAfter", "licence.status.");

    private PayloadFields() {
    }

    /** The fields in the user's language, from the portal's bundle. */
    public static List<Map.Entry<String, String>> shown(String payload) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return of(payload, key -> msg.containsKey(key) ? Optional.of(msg.getString(key)) : Optional.empty());
    }

    /** {@code messages} answers a message key with its text, or empty when there is none. */
    public static List<Map.Entry<String, String>> of(String payload, Function<String, Optional<String>> messages) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject().entrySet().stream().map(field -> Map.entry(
                    messages.apply("push.payload." + field.getKey()).orElse(field.getKey()),
                    value(field.getKey(), field.getValue(), messages))).toList();
        }
    }

    private static String value(String key, JsonValue value, Function<String, Optional<String>> messages) {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return String.join("；", value.asJsonArray().stream().map(item -> item instanceof JsonString text
                    ? text.getString() : item.toString()).toList());
        }
        if (!(value instanceof JsonString string)) {
            return value.toString();
        }
        String text = string.getString();
        if (CODED.containsKey(key)) {
            return messages.apply(CODED.get(key) + text).orElse(text);
        }
        if (key.endsWith("At")) {
            try {
                return DutyFormat.SHOWN.format(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }
}
