package cn.gov.yingkou.sgpt.ws.common.rest;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import cn.gov.yingkou.sgpt.ws.common.ErrorCode;

/**
 * Refuses, before anything else looks at it, a write that a web page on another site could make a browser send with
 * credentials it holds (HTTP Basic it was once given): a form or plain-text body, a body without a type, or any
 * write the browser itself marks as coming from another site. The platform's clients are systems, which send JSON
 * (or a workbook where an operation takes one) and no such mark.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BrowserSafeWrites implements ContainerRequestFilter {

    public static final String UPLOAD_HEADER = "X-Requested-By";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** What an HTML form or a no-CORS fetch may send without asking the server first. */
    private static final Set<String> SENDABLE_CROSS_SITE = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            request.abortWith(ApiExceptionMapper.respond(ApiError.of(403, ErrorCode.FORBIDDEN,
                    "浏览器从其他站点发起的写操作不予受理 / A write a browser sent from another site is refused", null)));
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && isUpload(request, type)) {
            return;
        }
        if (type == null ? hasBody(request) : SENDABLE_CROSS_SITE.contains(essence(type))) {
            request.abortWith(ApiExceptionMapper.respond(ApiError.of(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "写操作的请求体须为 application/json（或无请求体；移送附证据时为 multipart/form-data 并带 " + UPLOAD_HEADER
                            + " 头）/ A write takes an application/json body (or none; a transfer with evidence, "
                            + "multipart/form-data with the " + UPLOAD_HEADER + " header), not "
                            + (type == null ? "a body without a Content-Type" : essence(type)), null)));
        }
    }

    /**
     * A case transfer with its evidence files comes as multipart/form-data, which a form on another site could send too:
     * it is taken only with the {@value #UPLOAD_HEADER} header, which no form can set and no other site may add without
     * asking the server first (CORS), which it does not allow.
     */
    private static boolean isUpload(ContainerRequestContext request, MediaType type) {
        return essence(type).equals("multipart/form-data") && request.getHeaderString(UPLOAD_HEADER) != null
                && "transfers".equals(stripped(request.getUriInfo().getPath()));
    }

    private static String stripped(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null
                || request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null && request.hasEntity();
    }

    private static String essence(MediaType type) {
        return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    }
}
