package cn.gov.yingkou.sgpt.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every field of a request and refuses it once, naming each field that was wrong, so that a caller
 * fixes all of them in one go rather than one per attempt.
 */
public final class FieldChecks {

    private final List<String> problems = new ArrayList<>();

    /** The checked value, or null after noting the field's refusal. */
    public <T> T check(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            problems.add(field + ": " + e.getMessage());
            return null;
        }
    }

    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("；", problems));
        }
    }
}
