package cn.gov.yingkou.sgpt.ws.common.rest;

import java.time.DateTimeException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListImportRejected;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.ws.common.DatabaseUnavailable;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.EvidenceFailures;
import cn.gov.yingkou.sgpt.ws.common.limits.RequestTooLarge;

/** Every failure leaves the REST API as an {@link ApiError} with a stable code, never as a stack trace. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    public static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (DatabaseUnavailable.in(failure)) {
            // Checked first: a refusal the domain raised may carry it as its cause, and it is no refusal.
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, ErrorCode.UNAVAILABLE.line() + " reference " + reference, failure);
            return Response.fromResponse(respond(ApiError.of(503, ErrorCode.UNAVAILABLE, DatabaseUnavailable.DETAIL,
                    reference))).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        ErrorCode evidence = EvidenceFailures.codeOf(failure);
        if (evidence != null) {
            // Checked before the generic refusals they extend: each has its own code for the calling system.
            return respond(ApiError.of(EvidenceFailures.httpStatus(evidence), evidence,
                    EvidenceFailures.detailOf(failure), null));
        }
        if (failure instanceof ItemListImportRejected rejected) {
            return respond(ApiError.rejected(rejected));
        }
        Throwable tooLarge = cause(failure, RequestTooLarge.class);
        if (tooLarge != null) {
            return respond(ApiError.of(413, ErrorCode.TOO_LARGE, tooLarge.getMessage(), null));
        }
        if (isUnreadableBody(failure)) {
            Throwable refusal = domainRefusalIn(failure);
            if (refusal instanceof InvalidFields invalid) {
                return respond(ApiError.invalid(invalid));
            }
            if (refusal != null) {
                // A value object refused a field while JSON-B built it from the body.
                return respond(ApiError.of(400, ErrorCode.INVALID_VALUE, refusal.getMessage(), null));
            }
            return respond(ApiError.of(400, ErrorCode.BAD_REQUEST, JsonBodyProblem.describe(failure), null));
        }
        if (failure instanceof RecordNotFound) {
            return respond(ApiError.of(404, ErrorCode.NOT_FOUND, failure.getMessage(), null));
        }
        if (failure instanceof InvalidFields invalid) {
            return respond(ApiError.invalid(invalid));
        }
        if (failure instanceof IllegalArgumentException || failure instanceof DateTimeException) {
            // The domain's refusal: its message says what was wrong, in Chinese and English.
            return respond(ApiError.of(400, ErrorCode.INVALID_VALUE, failure.getMessage(), null));
        }
        if (failure instanceof MessageIdReused) {
            return respond(ApiError.of(409, ErrorCode.MESSAGE_ID_REUSED, failure.getMessage(), null));
        }
        if (failure instanceof IllegalStateException) {
            return respond(ApiError.of(409, ErrorCode.INVALID_STATE, failure.getMessage(), null));
        }
        if (failure instanceof AccessDenied) {
            return respond(ApiError.of(403, ErrorCode.FORBIDDEN, failure.getMessage(), null));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().hasEntity()) {
            return web.getResponse();
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            // Our own NotFoundException says what was not found; JAX-RS's defaults only say "HTTP 404 Not Found".
            String message = web.getMessage();
            String detail = message == null || message.startsWith("HTTP ") ? null : message;
            return respond(ApiError.of(status, codeFor(status), detail, null));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, ErrorCode.INTERNAL.line() + " reference " + reference, failure);
        return respond(ApiError.of(500, ErrorCode.INTERNAL, null, reference));
    }

    private static Throwable domainRefusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().contains(" / ")) {
                return t;
            }
        }
        return null;
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** JSON that does not parse or does not fit the body's type (RESTEasy wraps JSON-B's refusal). */
    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    public static Response respond(ApiError error) {
        return Response.status(error.status()).type(PROBLEM).entity(error).build();
    }

    private static ErrorCode codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.BAD_REQUEST;
        };
    }
}
