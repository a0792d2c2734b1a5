package cn.gov.yingkou.sgpt.web.exchange;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
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
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.exchange.entity.PushStatus;
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
    Pushes pushes;

    @Inject
    CurrentUser user;

    private Long id;
    private Detail detail;
    private String manner;
    private String agreedWith;
    private LocalDate dueDate;

    /** Art 17 ¶2: the bureau records the off-platform hand-over it agreed with the department. */
    public void agree() {
        if (Feedback.attempt(() -> pushes.agreeOffPlatform(user.caller(), id, null, manner, agreedWith, dueDate),
                "push.agreed")) {
            open();
        }
    }

    /** The agreed hand-over happened: the push is made, the department's signing clock runs to the agreed date. */
    public void handOver() {
        if (Feedback.attempt(() -> pushes.push(user.caller(), id, null), "push.pushed")) {
            open();
        }
    }

    /** The industry system is back: its delivery is tried within seconds instead of after the pause. */
    public void retryDelivery() {
        if (Feedback.attempt(() -> pushes.retryDeliveryNow(user.caller(), id), "push.delivery.retried")) {
            open();
        }
    }

    /** Whether the user's department still has to push this result (the off-platform panel is for it). */
    public boolean isToPush() {
        if (detail == null) {
            return false;
        }
        PushView push = detail.push();
        return (push.status() == PushStatus.PENDING || push.status() == PushStatus.RETURNED)
                && user.caller().department() != null && push.fromDepartmentCode().equals(user.caller().department().code());
    }

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
    public String getManner() { return manner; }
    public void setManner(String manner) { this.manner = manner; }
    public String getAgreedWith() { return agreedWith; }
    public void setAgreedWith(String agreedWith) { this.agreedWith = agreedWith; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
