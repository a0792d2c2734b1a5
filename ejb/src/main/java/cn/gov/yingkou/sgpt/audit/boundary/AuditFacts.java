package cn.gov.yingkou.sgpt.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The facts of one audited step, by name ("receiver" = "210800-SCJG", "due" = an instant), kept beside the entry's
 * sealed text so that the portal can say the step in the reader's language, with names for codes and local times,
 * instead of showing the text written for the record. Values are plain strings: an instant in ISO form, an enum by its
 * name, a list one item a line. The encoded form is sealed with the entry. Over REST they are an object of names and
 * values.
 */
@JsonbTypeAdapter(AuditFacts.AsObject.class)
public final class AuditFacts {

    /** An entry's facts stay within the column's 4,000 characters; longer values are cut (the detail keeps the rest). */
    static final int MAX_ENCODED = 4000;
    private static final int MAX_VALUE = 1000;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    private static final AuditFacts NONE = new AuditFacts(Map.of());

    private final Map<String, String> values;

    private AuditFacts(Map<String, String> values) {
        this.values = values;
    }

    public static AuditFacts none() {
        return NONE;
    }

    public static AuditFacts of(String name, Object value) {
        return NONE.with(name, value);
    }

    /** These facts and one more; a null value adds nothing (the step had no such fact). */
    public AuditFacts with(String name, Object value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a fact name: " + name);
        }
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(name, cut(text(value)));
        return new AuditFacts(Collections.unmodifiableMap(more));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** One "name=value" line a fact, backslash and line breaks in values escaped; null when there are none. */
    public String encoded() {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> fact : values.entrySet()) {
            String line = fact.getKey() + "=" + fact.getValue().replace("\\", "\\\\").replace("\n", "\\n") + "\n";
            if (out.length() + line.length() > MAX_ENCODED) {
                break;
            }
            out.append(line);
        }
        return out.toString();
    }

    /** The facts of an encoded form; none for null (entries written before facts were kept). */
    public static AuditFacts decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : encoded.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return new AuditFacts(Collections.unmodifiableMap(values));
    }

    /** The items of a fact written from a collection. */
    public static List<String> items(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }

    private static String text(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return String.join("\n", items.stream().map(AuditFacts::text).toList());
        }
        return String.valueOf(value);
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The facts as JSON: an object of names and values. */
    public static final class AsObject implements JsonbAdapter<AuditFacts, Map<String, String>> {

        @Override
        public Map<String, String> adaptToJson(AuditFacts facts) {
            return facts.values;
        }

        @Override
        public AuditFacts adaptFromJson(Map<String, String> values) {
            return new AuditFacts(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditFacts facts && facts.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
