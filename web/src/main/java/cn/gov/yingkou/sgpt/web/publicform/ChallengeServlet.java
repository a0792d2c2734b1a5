package cn.gov.yingkou.sgpt.web.publicform;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.platform.boundary.PublicChallenges;

/** The picture of a public form's challenge (/public/challenge?id=…), for anyone: it shows nothing but the characters. */
@WebServlet("/public/challenge")
public class ChallengeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicChallenges challenges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var characters = challenges.picture(request.getParameter("id"));
        if (characters.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().print("验证码已失效，请刷新 / The picture has expired: ask for a new one");
            return;
        }
        byte[] png = ChallengePicture.png(characters.get());
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
