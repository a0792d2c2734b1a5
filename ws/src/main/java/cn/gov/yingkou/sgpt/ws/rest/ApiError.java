package cn.gov.yingkou.sgpt.ws.rest;

import cn.gov.yingkou.sgpt.ws.error.ErrorCode;

/** The body of every REST error (application/problem+json style, with the platform's stable code). */
public record ApiError(int status, String code, String messageZh, String messageEn, String detail, String reference) {

    static ApiError of(int status, ErrorCode code, String detail, String reference) {
        return new ApiError(status, code.code(), code.messageZh(), code.messageEn(), detail, reference);
    }
}
