package cn.gov.yingkou.sgpt.ws.catalogue;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueNotices.NoticeView;
import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueNotices;
import cn.gov.yingkou.sgpt.catalogue.boundary.NoticeKind;
import cn.gov.yingkou.sgpt.ws.common.rest.Bodies;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/**
 * Art 8 ¶3–4 over REST, for a department's own system (CATALOGUE_WRITE): the notices it sent or received, a
 * competent department's law-change notice or opinion solicitation to its unit's approval bureau, and the
 * bureau's reply.
 */
@Path("catalogue/notices")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueNoticeResource {

    /** {@code replyDue} (yyyy-MM-dd) is required for an opinion solicitation and refused for a law-change notice. */
    public record Notice(NoticeKind kind, String subject, String basis, String affectedItems, String body,
            String replyDue) {
    }

    public record Reply(String reply) {
    }

    @EJB
    CatalogueNotices notices;

    @Context
    HttpServletRequest request;

    /** The notices the caller's department sent or received, newest first. */
    @GET
    public List<NoticeView> mine() {
        return notices.ofMyDepartment(RestCaller.of(request));
    }

    @POST
    public Response send(Notice body) {
        Notice n = Bodies.required(body);
        if (n.kind() == null) {
            throw new IllegalArgumentException("缺少通知类型 kind（LAW_CHANGE 或 OPINION_SOLICITATION）/ The kind is missing "
                    + "(LAW_CHANGE or OPINION_SOLICITATION)");
        }
        NoticeView sent = notices.send(RestCaller.of(request), n.kind(), n.subject(), n.basis(), n.affectedItems(),
                n.body(), n.replyDue() == null ? null : Params.date("replyDue", n.replyDue()));
        return Response.created(URI.create("catalogue/notices/" + sent.id())).entity(sent).build();
    }

    @POST
    @Path("{id}/reply")
    public NoticeView reply(@PathParam("id") String id, Reply body) {
        return notices.reply(RestCaller.of(request), Params.id("id", id), Bodies.required(body).reply());
    }
}
