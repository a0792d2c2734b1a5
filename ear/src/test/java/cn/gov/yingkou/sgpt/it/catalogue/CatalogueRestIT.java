package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;

/** The item list over REST, as a provincial system reads it: the demo city's list, in force since 2026. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueRestIT {

    private static final String LIST = Platform.REST + "/catalogue/units/210800/item-list";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void theListInForceWithItsItemsAndTheirDepartments() throws Exception {
        HttpResponse<String> answer = Platform.getAsSystem(LIST + "?on=2026-11-28");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject list = (JsonObject) Platform.json(answer);
        assertEquals(1, list.getJsonObject("summary").getInt("number"));
        assertEquals("FILED", list.getJsonObject("summary").getString("status"));
        assertEquals("2026-01-01", list.getJsonObject("summary").getString("effectiveFrom"));
        var items = list.getJsonArray("items");
        assertEquals(4, items.size());
        JsonObject food = items.getJsonObject(0);
        assertEquals("000105001000", food.getString("code"));
        assertEquals("210800-SCJG", food.getString("departmentCode"));

        assertTrue(Platform.json(Platform.getAsSystem(LIST + "/versions")).asJsonArray().stream()
                .anyMatch(v -> v.asJsonObject().getInt("number") == 1 && v.asJsonObject().getBoolean("inForce")));
        JsonObject same = (JsonObject) Platform.json(Platform.getAsSystem(LIST + "/diff?from=1&to=1"));
        assertTrue(same.getJsonArray("added").isEmpty() && same.getJsonArray("changed").isEmpty());
    }

    @Test
    void anItemsImplementationListElementByElement() throws Exception {
        String items = Platform.REST + "/catalogue/units/210800/items/";
        HttpResponse<String> answer = Platform.getAsSystem(items + "000105001000/implementation-list");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject version = (JsonObject) Platform.json(answer);
        assertEquals("IN_EFFECT", version.getString("state"));
        JsonObject content = version.getJsonObject("content");
        assertEquals(10, content.getInt("timeLimitDays"));
        assertEquals(4, content.getJsonArray("materials").size());
        assertEquals("制证送达", content.getJsonArray("process").getString(4));
        assertTrue(Platform.json(Platform.getAsSystem(items + "000105001000/implementation-list/history")).asJsonArray()
                .size() >= 1);
        assertEquals(404, Platform.getAsSystem(items + "000112002000/implementation-list").statusCode(),
                "an item without an implementation list yet");

        JsonObject push = (JsonObject) Platform.json(Platform.getAsSystem(items + "000105001000/push-list"));
        assertEquals("210800-SCJG", push.getString("receivingDepartmentCode"));
        assertTrue(push.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().containsAll(List.of("ITEM_NAME", "APPLICANT_NAME",
                        "CONTACT", "MATERIALS", "DECISION")));
    }

    @Test
    void beforeItsEffectiveDateNothingWasInForce() throws Exception {
        HttpResponse<String> answer = Platform.getAsSystem(LIST + "?on=2025-12-31");
        assertEquals(404, answer.statusCode());
        assertTrue(((JsonObject) Platform.json(answer)).getString("detail").contains("No item list of unit 210800"));
    }

    @Test
    void badInputIsNamed() throws Exception {
        assertNotFound(Platform.getAsSystem(Platform.REST + "/catalogue/units/999999/item-list"), "No unit with code 999999");
        assertBad(Platform.getAsSystem(LIST + "?on=2026-02-30"), "on");
        assertBad(Platform.getAsSystem(LIST + "/diff?from=1"), "Missing parameter to");
        assertNotFound(Platform.getAsSystem(LIST + "/versions/99"), "No version 99");
    }

    @Test
    void onlySystemsRegisteredForTheCatalogueReadIt() throws Exception {
        assertEquals(401, Platform.get(LIST, null).statusCode());
        String calendarOnly = Platform.registerSystem("sys.cal", null, "REST", "CALENDAR_READ");
        HttpResponse<String> refused = Platform.get(LIST, Platform.basic(calendarOnly, Platform.TEST_SYSTEM_SECRET));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("SGPT-AUTH-403", ((JsonObject) Platform.json(refused)).getString("code"));
    }

    /** A record the request names that does not exist: 404 with SGPT-REQ-404, as over SOAP. */
    private static void assertNotFound(HttpResponse<String> answer, String reason) {
        assertEquals(404, answer.statusCode(), answer.body());
        JsonObject problem = (JsonObject) Platform.json(answer);
        assertEquals("SGPT-REQ-404", problem.getString("code"));
        assertTrue(problem.getString("detail").contains(reason), answer.body());
    }

    private static void assertBad(HttpResponse<String> answer, String reason) {
        assertEquals(400, answer.statusCode(), answer.body());
        String detail = ((JsonObject) Platform.json(answer)).getString("detail");
        assertTrue(detail.contains(reason), detail);
    }
}
