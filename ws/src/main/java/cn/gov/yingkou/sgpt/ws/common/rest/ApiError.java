package cn.gov.yingkou.sgpt.ws.common.rest;

import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected.RowError;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;

/**
 * The body of every REST error (application/problem+json style, with the platform's stable code): for a request
 * refused for its fields, each bad field with its path; for a refused import, each bad row.
 */
public record ApiError(int status, String code, String messageZh, String messageEn, String detail, String reference,
        List<FieldProblem> fields, List<RowError> errors) {

    public static ApiError of(int status, ErrorCode code, String detail, String reference) {
        return new ApiError(status, code.code(), code.messageZh(), code.messageEn(), detail, reference, null, null);
    }

    public static ApiError invalid(InvalidFields invalid) {
        ErrorCode code = ErrorCode.INVALID_VALUE;
        return new ApiError(400, code.code(), code.messageZh(), code.messageEn(), invalid.getMessage(), null,
                invalid.problems(), null);
    }

    /** The body as the REST API writes it, for a refusal made before JAX-RS is reached. */
    public String json() {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(this);
        } catch (Exception e) {
            throw new IllegalStateException("an error body is always serialisable", e);
        }
    }

    /** A refused import, with each bad row of the file. */
    public static ApiError rejected(ItemListImportRejected rejected) {
        ErrorCode code = ErrorCode.IMPORT_REJECTED;
        return new ApiError(422, code.code(), code.messageZh(), code.messageEn(), rejected.getMessage(), null, null,
                rejected.errors());
    }
}
