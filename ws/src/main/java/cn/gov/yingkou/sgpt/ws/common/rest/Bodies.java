package cn.gov.yingkou.sgpt.ws.common.rest;

/** Request bodies: a missing one is the caller's mistake, said in both languages, not a NullPointerException. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new IllegalArgumentException("缺少请求体（JSON）/ The request body (JSON) is missing");
        }
        return body;
    }
}
