package cn.gov.yingkou.sgpt.ws.common.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.rest.ApiError;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapFaultEnvelope;

/**
 * The largest request body the interfaces take (system property {@code sgpt.request.max-bytes}, 10 MiB unless set; a
 * case transfer with its evidence, over REST or SOAP, {@code sgpt.transfer.request.max-bytes}, 200 MiB unless set). A
 * body announced larger is refused before a byte of it is read — over SOAP with a fault, over REST with 413 — and one
 * sent without a length is cut off where it passes the limit, with the same answer. Undertow's own max-post-size stays
 * above this as the server-wide backstop; reaching it would close the connection without an answer.
 */
@WebFilter(urlPatterns = "/*")
public class RequestSizeLimit implements Filter {

    public static final String PROPERTY = "sgpt.request.max-bytes";
    static final long DEFAULT = 10L * 1024 * 1024;
    /** The larger limit of the two addresses that take a case transfer with its evidence files. */
    public static final String EVIDENCE_PROPERTY = "sgpt.transfer.request.max-bytes";
    static final long EVIDENCE_DEFAULT = 200L * 1024 * 1024;

    static long limit() {
        return configured(PROPERTY, DEFAULT);
    }

    static long limit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean carriesEvidence = path.equals("/soap/transfer/v1")
                || path.equals("/v1/transfers") && "POST".equals(request.getMethod());
        return carriesEvidence ? configured(EVIDENCE_PROPERTY, EVIDENCE_DEFAULT) : limit();
    }

    private static long configured(String property, long fallback) {
        String configured = System.getProperty(property);
        try {
            return configured == null || configured.isBlank() ? fallback : Long.parseLong(configured.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException,
            ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        long limit = limit(http);
        if (http.getContentLengthLong() > limit) {
            refuse(http, (HttpServletResponse) response, limit);
            return;
        }
        chain.doFilter(http.getContentLengthLong() >= 0 ? http : new Bounded(http, limit), response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        String detail = new RequestTooLarge(limit).getMessage();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/soap/")) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("text/xml; charset=UTF-8");
            response.getOutputStream().write(SoapFaultEnvelope.of(ErrorCode.TOO_LARGE, detail).getBytes(StandardCharsets.UTF_8));
        } else {
            response.setStatus(413);
            response.setContentType("application/problem+json; charset=UTF-8");
            response.getOutputStream().write(ApiError.of(413, ErrorCode.TOO_LARGE, detail, null).json()
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A body of unknown length, counted as it is read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new RequestTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
