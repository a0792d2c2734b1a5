package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.yingkou.sgpt.platform.boundary.PublicChallenges;

/**
 * Test fixture: GET ?id= answers the characters of a public form's open challenge, which a browser test reads from the
 * picture's data-challenge attribute, as a person would read the picture.
 */
@WebServlet("/challenges")
public class ChallengeFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PublicChallenges challenges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var characters = challenges.picture(request.getParameter("id"));
        if (characters.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(characters.get());
    }
}
