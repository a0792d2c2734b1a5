package cn.gov.yingkou.sgpt.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * A complaint from the public to its answer: lodged on the public form without logging in (a wrong challenge and a
 * missing department told first, nothing lodged), looked up with the reference and code (showing no personal data),
 * answered by the district's clerk in the portal, and read back; and a ticket from a 12345 hotline system over REST.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicComplaintIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    private static String solve(Browser browser) throws Exception {
        String challenge = browser.visible("challengePicture").getAttribute("data-challenge");
        HttpResponse<String> answer = Platform.get(Platform.BASE + "/fixtures/challenges?id=" + challenge);
        assertEquals(200, answer.statusCode());
        return answer.body();
    }

    @Test
    void aComplaintLodgedWithoutLoginIsAnsweredAndReadBack() throws Exception {
        String shop = "营口公开投诉测试店" + System.nanoTime() % 10_000;
        try (Browser browser = Browser.open()) {
            browser.go("/public/complaint.xhtml");
            assertFalse(browser.present("nav"), "no login, no portal");
            browser.type("pc:subject", shop);
            browser.type("pc:content", "夜间施工噪音扰民，持续一周");
            browser.type("pc:name", "王市民");
            browser.type("pc:phone", "13900002222");
            browser.type("pc:answer", "00000");
            browser.click("pc:lodge");
            browser.waitForText("messages", "验证码不正确");
            browser.type("pc:answer", solve(browser));
            browser.click("pc:lodge");
            browser.waitForText("messages", "请选择受理的主管部门");
            browser.select("pc:department", "210802-SCJG");
            browser.type("pc:answer", solve(browser));
            browser.click("pc:lodge");
            browser.waitForText("lodged", "查询码");
            String reference = browser.text("reference");
            String code = browser.text("code");
            assertFalse(browser.pageText().contains("13900002222"));

            browser.go("/public/complaint-status.xhtml");
            browser.type("cs:reference", reference);
            browser.type("cs:code", "AAAAAAAA");
            browser.click("cs:look");
            browser.waitForText("messages", "编号或查询码不正确");
            browser.type("cs:code", code);
            browser.click("cs:look");
            browser.waitForText("status", "待答复");
            assertTrue(browser.text("department").contains("站前区市场监督管理局"), browser.text("department"));
            String shown = browser.text("found");
            assertFalse(shown.contains("王市民") || shown.contains("13900002222") || shown.contains(shop),
                    "no personal data, nothing but the answer's facts: " + shown);

            browser.go("/");
            browser.signIn("zq.scjg.clerk");
            browser.submit("nav:nav-complaints");
            browser.waitForText("cl:rows", reference);
            browser.submit("cl:rows:" + browser.rowOf("cl:rows", reference) + ":open");
            browser.waitForText("cp:complainant", "13900002222");
            browser.type("cp:answer", "已约谈施工单位，夜间停止施工");
            browser.click("cp:send");
            browser.waitForText("cp:status", "已答复");
            browser.submit("top:logout");

            browser.go("/public/complaint-status.xhtml");
            browser.type("cs:reference", reference);
            browser.type("cs:code", code);
            browser.click("cs:look");
            browser.waitForText("answer", "已约谈施工单位");
        }
    }

    @Test
    void aHotlineSystemPassesATicketOnOnceUnderItsMessageId() throws Exception {
        String hotline = Platform.basic(Platform.registerSystem("rx12345.", "210800-YSJ", "REST", "COMPLAINT_INTAKE"),
                Platform.TEST_SYSTEM_SECRET);
        String other = Platform.basic(Platform.registerSystem("rx12345.x.", "210800-YSJ", "REST", "CATALOGUE_READ"),
                Platform.TEST_SYSTEM_SECRET);
        String district = Platform.basic(Platform.registerSystem("zq.scjg.c.", "210802-SCJG", "REST", "SUPERVISION"),
                Platform.TEST_SYSTEM_SECRET);
        String ticket = "GD" + System.nanoTime() % 1_000_000_000L;
        String body = "{\"messageId\":\"" + ticket + "\",\"kind\":\"REPORT\",\"departmentCode\":\"210802-SCJG\","
                + "\"subjectName\":\"站前区某烧烤店\",\"content\":\"占道经营\",\"complainantPhone\":\"0417-12345\","
                + "\"sourceReference\":\"" + ticket + "\"}";
        HttpResponse<String> bad = Platform.postRest("/complaints", hotline, "{\"messageId\":\"b-" + ticket
                + "\",\"kind\":\"GRUMBLE\",\"subjectName\":\"x\",\"content\":\"\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(Set.of("kind"), ((JsonObject) Platform.json(bad)).getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject).map(f -> f.getString("field")).collect(Collectors.toSet()));
        assertEquals(403, Platform.postRest("/complaints", other, body).statusCode());

        HttpResponse<String> lodged = Platform.postRest("/complaints", hotline, body);
        assertEquals(201, lodged.statusCode(), lodged.body());
        JsonObject first = (JsonObject) Platform.json(lodged);
        assertTrue(first.getString("code").matches("[A-Z0-9]{8}"), lodged.body());
        HttpResponse<String> again = Platform.postRest("/complaints", hotline, body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.getString("reference"), ((JsonObject) Platform.json(again)).getString("reference"));
        JsonObject repeat = (JsonObject) Platform.json(again);
        assertTrue(!repeat.containsKey("code") || repeat.isNull("code"), "the code is shown once");
        assertEquals(409, Platform.postRest("/complaints", hotline, body.replace("占道经营", "油烟扰民")).statusCode());

        long id = first.getJsonObject("complaint").getJsonNumber("id").longValue();
        HttpResponse<String> badForwarding = Platform.postRest("/complaints/" + id + "/forwarding", district,
                "{\"departmentCode\":\"210800-XZSP\"}");
        assertEquals(400, badForwarding.statusCode(), badForwarding.body());
        assertEquals(Set.of("departmentCode", "reason"), ((JsonObject) Platform.json(badForwarding)).getJsonArray("fields")
                .stream().map(JsonValue::asJsonObject).map(f -> f.getString("field")).collect(Collectors.toSet()));
        HttpResponse<String> answered = Platform.postRest("/complaints/" + id + "/answer", district,
                "{\"answer\":\"已责令停止占道经营\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("ANSWERED", ((JsonObject) Platform.json(answered)).getString("status"));
        assertEquals("HOTLINE", ((JsonObject) Platform.json(answered)).getString("channel"));
    }
}
