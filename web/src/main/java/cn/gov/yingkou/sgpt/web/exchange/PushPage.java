package cn.gov.yingkou.sgpt.web.exchange;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries.Detail;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/** One push: the fields it carries, its clocks and every step, for the two departments and oversight. */
@Named
@ViewScoped
public class PushPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PushQueries queries;

    @Inject
    CurrentUser user;

    private Long id;
    private Detail detail;

    /** Called from the address (?id=…). */
    public void open() {
        if (id != null) {
            Feedback.attempt(() -> detail = queries.detail(user.caller(), id), null);
        }
    }

    /** The payload's fields in the push list's order, each value as text. */
    public List<Map.Entry<String, String>> getFields() {
        if (detail == null) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(detail.push().payload()))) {
            return reader.readObject().entrySet().stream().map(e -> Map.entry(e.getKey(), text(e.getValue()))).toList();
        }
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value.getValueType() == JsonValue.ValueType.ARRAY ? String.join("；", value.asJsonArray()
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()) : value.toString();
    }

    public Detail getDetail() { return detail; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
