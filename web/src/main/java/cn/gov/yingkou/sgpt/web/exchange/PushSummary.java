package cn.gov.yingkou.sgpt.web.exchange;

import java.io.StringReader;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * One line for a hand-over in the inbox and the outbox: for a result the item's name and the applicant's, those of them
 * the item's push list carries; for a penalty decision or a licence action the holder and the penalty or the reason. The whole payload belongs on the push's own page, not in a list a clerk scans.
 */
public final class PushSummary {

    /** A result's item and applicant; a penalty's or an action's holder, and the penalty or the action's reason. */
    private static final String[] SHOWN = {"itemName", "applicantName", "holderName", "penalty", "reason"};

    private PushSummary() {
    }

    public static String of(String payload) {
        if (payload == null || payload.isBlank()) {
            return "";
        }
        try (var reader = Json.createReader(new StringReader(payload))) {
            JsonObject fields = reader.readObject();
            return Stream.of(SHOWN).map(name -> fields.get(name) instanceof JsonString text ? text.getString() : null)
                    .filter(Objects::nonNull).filter(text -> !text.isBlank()).collect(Collectors.joining(" · "));
        } catch (JsonException | ClassCastException e) {
            return "";
        }
    }
}
