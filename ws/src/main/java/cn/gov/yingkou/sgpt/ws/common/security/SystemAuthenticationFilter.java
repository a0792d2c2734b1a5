package cn.gov.yingkou.sgpt.ws.common.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import cn.gov.yingkou.sgpt.organisation.boundary.AuthenticationRefused;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAuthentication;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemChannel;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.rest.ApiError;
import cn.gov.yingkou.sgpt.ws.common.rest.ApiExceptionMapper;

/**
 * REST callers are external systems, authenticated by HTTP Basic (username and shared secret) or a bearer
 * token, then admitted only if registered for REST and calling from an allowed address. The platform's
 * own status and the API description stay open for monitoring and integrators. A refusal is audited and
 * answered 401 with the reason; nothing behind it runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SystemAuthenticationFilter implements ContainerRequestFilter {

    @EJB
    SystemAuthentication authentication;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if ((path.startsWith("/") ? isOpen(path.substring(1)) : isOpen(path)) && header == null) {
            return;
        }
        String address = request.getRemoteAddr();
        try {
            Caller caller = authenticate(header, address);
            request.setAttribute(CallerAttribute.KEY, caller);
        } catch (AuthenticationRefused e) {
            context.abortWith(unauthorized(e.getMessage()));
        }
    }

    /**
     * The platform's status for monitoring, and the API description for integrators (paths under /api/v1): open to all,
     * though credentials given there are checked, and tell the platform's versions.
     */
    public static boolean isOpen(String path) {
        return path.equals("info") || path.equals("health") || path.equals("openapi.yaml");
    }

    private Caller authenticate(String header, String address) {
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return authentication.basic(decoded.substring(0, colon), decoded.substring(colon + 1), address);
            }
            return refuse(address, "HTTP Basic 凭据格式错误 / Malformed HTTP Basic credentials");
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authentication.bearer(header.substring(7).strip(), address);
        }
        return refuse(address, "缺少凭据：请使用 HTTP Basic（系统账号和共享密钥）或 Bearer 令牌 / Credentials missing: use HTTP "
                + "Basic (system account and shared secret) or a bearer token");
    }

    private Caller refuse(String address, String reason) {
        authentication.refused(null, SystemChannel.REST, address, reason);
        throw new AuthenticationRefused(reason);
    }

    private static Response unauthorized(String reason) {
        return Response.fromResponse(ApiExceptionMapper.respond(ApiError.of(401, ErrorCode.UNAUTHENTICATED, reason, null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sgpt\", Bearer realm=\"sgpt\"").build();
    }
}
