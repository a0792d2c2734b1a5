package cn.gov.yingkou.sgpt.ws.common.limits;

import java.io.IOException;

/**
 * A request body read past the configured limit (one sent without a length, so it could not be refused up front). The
 * message says "limit … exceeded" as the XML parser's own guards do, so SOAP and REST classify it alike.
 */
public class RequestTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    public RequestTooLarge(long limit) {
        super("请求体超过 " + limit + " 字节 / The request body size limit (" + limit + " bytes) was exceeded");
    }
}
