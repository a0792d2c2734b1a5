package cn.gov.yingkou.sgpt.ws.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.platform.boundary.HealthReport;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformInfo;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformService;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;
import cn.gov.yingkou.sgpt.ws.common.security.CallerAttribute;

/** Platform info and health over REST; the same service the SOAP platform contract calls. */
@Path("")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @EJB
    PlatformService platform;

    @Context
    HttpServletRequest request;

    /** Versions only to an authenticated system (credentials are optional here; wrong ones are refused). */
    @GET
    @Path("info")
    public PlatformInfo info() {
        PlatformInfo info = platform.info();
        return authenticated() ? info : info.withoutVersions();
    }

    /**
     * 200 when the database answers at the expected schema and the deployment is up, 503 otherwise; which check
     * failed and the products behind it only to an authenticated system.
     */
    @GET
    @Path("health")
    public Response health() {
        HealthReport report = platform.health();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(NO_STORE).entity(authenticated() ? report : report.verdict()).build();
    }

    private boolean authenticated() {
        return request.getAttribute(CallerAttribute.KEY) != null;
    }
}
