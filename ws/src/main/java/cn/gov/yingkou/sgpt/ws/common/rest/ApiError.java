package cn.gov.yingkou.sgpt.ws.common.rest;

import java.util.List;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected.RowError;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;

/** The body of every REST error (application/problem+json style, with the platform's stable code). */
public record ApiError(int status, String code, String messageZh, String messageEn, String detail, String reference,
        List<RowError> errors) {

    public static ApiError of(int status, ErrorCode code, String detail, String reference) {
        return new ApiError(status, code.code(), code.messageZh(), code.messageEn(), detail, reference, null);
    }

    /** A refused import, with each bad row of the file. */
    public static ApiError rejected(ItemListImportRejected rejected) {
        ErrorCode code = ErrorCode.IMPORT_REJECTED;
        return new ApiError(422, code.code(), code.messageZh(), code.messageEn(), rejected.getMessage(), null,
                rejected.errors());
    }
}
