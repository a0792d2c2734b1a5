package cn.gov.yingkou.sgpt.ws.exchange;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.exchange.boundary.PushFilter;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * The receiving side of Art 17 over REST, for a competent department's industry system (EXCHANGE): the
 * results pushed to its department, signing for one, sending a misrouted one back, and asking for a waiting
 * delivery to its industry system to be tried at once.
 */
@Path("exchange")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    public record Return(String reason) {
    }

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @Context
    HttpServletRequest request;

    /**
     * The department's inbox: {@code status} PUSHED (default: to sign, oldest first), OVERDUE (to sign, its
     * signing clock run out), SIGNED, RETURNED, WITHDRAWN or ALL (newest first); {@code licence} picks one licence's
     * hand-overs; {@code kind} the kind of document (RESULT by default; PENALTY for an approval bureau, LICENCE_ACTION
     * for a department).
     */
    @GET
    @Path("inbox")
    public ResultPage<PushView> inbox(@QueryParam("status") String status, @QueryParam("licence") String licence,
            @QueryParam("first") String first, @QueryParam("size") String size, @QueryParam("kind") String kind) {
        Caller caller = RestCaller.of(request);
        boolean overdue = "OVERDUE".equals(status == null ? null : status.strip());
        DocumentKind of = kind == null || kind.isBlank() ? DocumentKind.RESULT
                : Params.oneOf(DocumentKind.class, "kind", kind);
        return queries.inbox(caller, caller.department(), overdue ? EnumSet.of(PushStatus.PUSHED) : statuses(status),
                PushFilter.licence(licence).of(of), overdue, null,
                first == null ? 0 : Params.integer("first", first),
                size == null ? 50 : Params.integer("size", size));
    }

    /**
     * The sender takes back a hand-over the receiver has not signed for (a penalty decision recorded in error), with
     * the reason; its clocks stop and a waiting delivery is withdrawn. Results cannot be withdrawn (409).
     */
    @POST
    @Path("pushes/{id}/withdrawal")
    public PushView withdraw(@PathParam("id") String id, Return body) {
        return pushes.withdraw(RestCaller.of(request), Params.id("id", id), Bodies.required(body).reason());
    }

    @GET
    @Path("pushes/{id}")
    public PushView push(@PathParam("id") String id) {
        return queries.detail(RestCaller.of(request), Params.id("id", id)).push();
    }

    /**
     * The proof of the push's hand-over: every step with its audit chain position, hash and whether it still matches
     * its seal, for the department's own records.
     */
    @GET
    @Path("pushes/{id}/proof")
    public PushQueries.Proof proof(@PathParam("id") String id) {
        return queries.proof(RestCaller.of(request), Params.id("id", id));
    }

    /** Signs for the push: the signing clock is met and the supervision clock starts. */
    @POST
    @Path("pushes/{id}/receipt")
    @Consumes(MediaType.WILDCARD)
    public PushView sign(@PathParam("id") String id) {
        return pushes.sign(RestCaller.of(request), Params.id("id", id));
    }

    /** Sends a misrouted push back with the reason. */
    @POST
    @Path("pushes/{id}/return")
    public PushView giveBack(@PathParam("id") String id, Return body) {
        return pushes.giveBack(RestCaller.of(request), Params.id("id", id), Bodies.required(body).reason());
    }

    /**
     * The department's industry system is back: what waits to be delivered to it is tried within seconds instead
     * of after the back-off pause (409 when nothing of this push waits).
     */
    @POST
    @Path("pushes/{id}/delivery-retry")
    @Consumes(MediaType.WILDCARD)
    public PushView retryDelivery(@PathParam("id") String id) {
        return pushes.retryDeliveryNow(RestCaller.of(request), Params.id("id", id));
    }

    private static Set<PushStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.of(PushStatus.PUSHED);
        }
        if (status.equals("ALL")) {
            return EnumSet.allOf(PushStatus.class);
        }
        try {
            return EnumSet.of(PushStatus.valueOf(status.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status 须为 PENDING、PUSHED、OVERDUE、SIGNED、RETURNED、WITHDRAWN 或 ALL / status "
                    + "must be PENDING, PUSHED, OVERDUE, SIGNED, RETURNED, WITHDRAWN or ALL; was: " + status);
        }
    }
}
