package cn.gov.yingkou.sgpt.shared;

/** One bad field of a request: its path as the caller wrote it (licence.validUntil) and what is wrong, in both languages. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
