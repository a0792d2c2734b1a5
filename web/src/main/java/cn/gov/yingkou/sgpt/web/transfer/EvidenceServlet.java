package cn.gov.yingkou.sgpt.web.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceAltered;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceDownload;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;

/**
 * A case transfer's evidence file for the portal (/transfer/evidence?id=…&amp;n=…), to the two departments and
 * oversight: streamed with its name and digests, its digest checked again before a byte is sent. A file changed on disk
 * is refused with the reason, in both languages, rather than served as if it were what was sent.
 */
@WebServlet("/transfer/evidence")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Transfers transfers;

    @Inject
    AccountDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        int n;
        try {
            id = Long.parseLong(request.getParameter("id"));
            n = Integer.parseInt(request.getParameter("n"));
        } catch (NumberFormatException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "id 与 n 须为整数 / id and n must be whole numbers");
            return;
        }
        Caller caller = request.getUserPrincipal() == null ? null : directory.caller(request.getUserPrincipal()
                .getName(), Channel.PORTAL, request.getRemoteAddr()).orElse(null);
        if (caller == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "请先登录 / Sign in first");
            return;
        }
        EvidenceDownload file;
        try {
            file = transfers.evidence(caller, id, n);
        } catch (RecordNotFound | AccessDenied e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (EvidenceAltered e) {
            refuse(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Evidence-SHA256", file.sha256());
        response.setHeader("X-Evidence-SM3", file.sm3());
        response.setHeader("Cache-Control", "no-store");
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(reason.getBytes(StandardCharsets.UTF_8));
    }
}
