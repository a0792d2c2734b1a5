package cn.gov.yingkou.sgpt.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks every field of a request and refuses it once, naming each field that was wrong with its path, so that a
 * caller fixes all of them in one go rather than one per attempt. A value object that checks its own fields refuses
 * with {@link InvalidFields}; checked under a name here, its paths are prefixed with that name. A field keeps its
 * first problem: a time that did not parse is not reported again as missing by the rule that needs it, nor a block
 * whose fields were refused as missing.
 */
public final class FieldChecks {

    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    /** The checked value, or null after noting the field's refusal; an empty field merges a nested object's paths. */
    public <T> T check(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidFields e) {
            e.problems().forEach(p -> note(join(field, p.field()), p.message()));
            return null;
        } catch (IllegalArgumentException e) {
            note(field, e.getMessage());
            return null;
        }
    }

    /** A rule over one field or several (the path names the field the caller should change). */
    public void require(String field, boolean holds, String message) {
        if (!holds) {
            note(field, message);
        }
    }

    public void note(String field, String message) {
        if (!failed(field)) {
            problems.put(field, new FieldProblem(field, message));
        }
    }

    /** Whether the field, or a field within it, has been refused already. */
    public boolean failed(String field) {
        return problems.keySet().stream().anyMatch(f -> f.equals(field) || f.startsWith(field + "."));
    }

    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidFields(List.copyOf(problems.values()));
        }
    }

    private static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : prefix + "." + field;
    }
}
