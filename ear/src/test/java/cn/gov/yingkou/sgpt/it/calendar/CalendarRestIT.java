package cn.gov.yingkou.sgpt.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;

/** The working-day calendar over REST, as a provincial system reads it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarRestIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theOfficialArrangementsArePublished() throws Exception {
        var years = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/years")).asJsonArray();
        for (int year = 2020; year <= 2026; year++) {
            assertTrue(years.contains(Json.createValue(year)), "published " + year);
        }
        JsonObject nationalDay = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/years/2026")).asJsonObject();
        assertTrue(nationalDay.getBoolean("published"));
        assertTrue(nationalDay.getString("source").contains("gov.cn"));
        assertTrue(nationalDay.getJsonArray("days").stream().map(JsonObject.class::cast)
                .anyMatch(d -> d.getString("day").equals("2026-10-10") && d.getString("kind").equals("MAKEUP_WORKDAY")));
    }

    @Test
    void daysAreWorkingDaysAsTheArrangementSays() throws Exception {
        JsonObject makeUp = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/days/2026-10-10")).asJsonObject();
        assertTrue(makeUp.getBoolean("workingDay"));
        assertTrue(makeUp.getBoolean("settled"));
        assertFalse(Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/days/2026-10-01")).asJsonObject().getBoolean("workingDay"));
    }

    @Test
    void theDeadlineOfTwoWorkingDaysFromTheEveOfNationalDay() throws Exception {
        JsonObject deadline = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/deadline?trigger="
                + encode("2026-09-30T10:00:00+08:00") + "&workingDays=2")).asJsonObject();
        assertEquals("2026-10-09", deadline.getString("lastDay"));
        assertEquals("2026-10-09T16:00:00Z", deadline.getString("dueAt"));
        assertFalse(deadline.getBoolean("provisional"));

        JsonObject count = Platform.json(Platform.getAsSystem(Platform.REST + "/calendar/working-days?from=" + encode("2026-09-30T10:00:00+08:00")
                + "&to=" + encode("2026-10-10T00:00:00+08:00"))).asJsonObject();
        assertEquals(2, count.getInt("workingDays"));
    }

    @Test
    void badParametersAreA400WithTheReasonInBothLanguages() throws Exception {
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/deadline?trigger=yesterday&workingDays=2"), "ISO-8601");
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/deadline?trigger=" + encode("2026-09-30T10:00:00+08:00")
                + "&workingDays=0"), "1 to 365");
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/deadline?trigger=" + encode("2026-09-30T10:00:00+08:00")),
                "exactly one");
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/days/2026-13-01"), "yyyy-MM-dd");
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/years/1999"), "2000");
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/years/twenty"), "whole number");
        assertRefused(Platform.getAsSystem(Platform.REST + "/calendar/deadline?trigger=" + encode("2026-09-30T10:00:00+08:00")
                + "&workingDays=two"), "whole number");
    }

    private static void assertRefused(HttpResponse<String> response, String hint) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Platform.json(response).asJsonObject();
        assertEquals("SGPT-REQ-010", error.getString("code"));
        assertTrue(error.getString("detail").contains(hint), error.getString("detail"));
        assertTrue(error.getString("detail").contains(" / "), "Chinese / English");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
