package cn.gov.yingkou.sgpt.it.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Art 19 over REST between two systems: the market-supervision bureau's penalty system reports a decision (every bad
 * field named in one 400, a repeat answered with 200, another message under the same id refused with 409), the approval
 * bureau's system finds it in its inbox of penalties, signs for it and revokes the licence, which the register shows, and
 * the revocation arrives in the market bureau's inbox of licence actions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PenaltyRestIT {

    private static String provincial;
    private static String penaltySystem;
    private static String bureauSystem;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        provincial = Platform.basic(Platform.registerSystem("ywtb.p.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        penaltySystem = Platform.basic(Platform.registerSystem("scjg.p.", "210800-SCJG", "REST",
                "PENALTY_REPORT,EXCHANGE"), Platform.TEST_SYSTEM_SECRET);
        bureauSystem = Platform.basic(Platform.registerSystem("spj.p.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT,LICENSING_READ,EXCHANGE"), Platform.TEST_SYSTEM_SECRET);
    }

    private static String decision(String messageId, String number, String licence, String measure) {
        return "{\"messageId\":\"" + messageId + "\",\"decisionNumber\":\"" + number + "\",\"decidedOn\":\"2026-09-30\","
                + "\"licenceNumber\":\"" + licence + "\",\"facts\":\"超范围经营\",\"legalBasis\":\"《食品安全法》第一百二十二条\","
                + "\"penalty\":\"罚款五万元\",\"measure\":\"" + measure + "\"}";
    }

    private static JsonObject only(HttpResponse<String> inbox, String licence) {
        assertEquals(200, inbox.statusCode(), inbox.body());
        var rows = ((JsonObject) Platform.json(inbox)).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("licenceNumber").equals(licence)).toList();
        assertEquals(1, rows.size(), inbox.body());
        return rows.get(0);
    }

    @Test
    void aReportedPenaltyComesBackAsTheBureausRevocation() throws Exception {
        String licence = "PR210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(provincial, licence, "营口处罚接口测试店");

        HttpResponse<String> bad = Platform.postRest("/penalties", penaltySystem, "{\"messageId\":\"m-" + licence
                + "\",\"decisionNumber\":\"\",\"decidedOn\":\"2026-13-01\",\"licenceNumber\":\"" + licence
                + "\",\"facts\":\"x\",\"legalBasis\":\"y\",\"penalty\":\"z\",\"measure\":\"BURN\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        Set<String> fields = ((JsonObject) Platform.json(bad)).getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("decidedOn", "measure"), fields, "what does not parse is named first, each field at once");

        String messageId = "pen-" + licence;
        String body = decision(messageId, "营市监罚〔2026〕" + licence.substring(8) + "号", licence, "REVOKE");
        HttpResponse<String> reported = Platform.postRest("/penalties", penaltySystem, body);
        assertEquals(201, reported.statusCode(), reported.body());
        long handover = ((JsonObject) Platform.json(reported)).getJsonNumber("handoverId").longValue();
        assertEquals(200, Platform.postRest("/penalties", penaltySystem, body).statusCode(), "the same message again");
        HttpResponse<String> reused = Platform.postRest("/penalties", penaltySystem, decision(messageId, "营市监罚〔2026〕1号",
                licence, "CANCEL"));
        assertEquals(409, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("SGPT-REQ-013"), reused.body());
        assertEquals(404, Platform.postRest("/penalties", penaltySystem, decision("pen-x-" + licence, "营市监罚〔2026〕2号",
                "NO" + licence, "REVOKE")).statusCode(), "a licence not found");
        assertEquals(403, Platform.postRest("/penalties", bureauSystem, decision("pen-y-" + licence, "营市监罚〔2026〕3号",
                licence, "REVOKE")).statusCode(), "an approval bureau's system does not report penalties");

        JsonObject penalty = only(Platform.get(Platform.REST + "/exchange/inbox?kind=PENALTY&licence=" + licence,
                bureauSystem), licence);
        assertEquals(handover, penalty.getJsonNumber("id").longValue());
        assertEquals("PENALTY", penalty.getString("kind"));
        assertTrue(penalty.getString("payload").contains("\"measure\":\"REVOKE\""), penalty.getString("payload"));
        assertEquals(200, Platform.postRest("/exchange/pushes/" + handover + "/receipt", bureauSystem, null).statusCode());

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String revoke = "{\"messageId\":\"act-" + licence + "\",\"kind\":\"REVOKE\",\"documentNumber\":\"营审批撤〔2026〕"
                + licence.substring(8) + "号\",\"decidedOn\":\"" + today + "\",\"reason\":\"依处罚决定撤销\","
                + "\"legalBasis\":\"《行政许可法》第六十九条\",\"answers\":" + handover + "}";
        HttpResponse<String> acted = Platform.postRest("/licensing/licences/" + licence + "/actions", bureauSystem, revoke);
        assertEquals(201, acted.statusCode(), acted.body());
        assertEquals(200, Platform.postRest("/licensing/licences/" + licence + "/actions", bureauSystem, revoke)
                .statusCode(), "the same action again changes nothing");
        HttpResponse<String> shown = Platform.get(Platform.REST + "/licensing/licences/" + licence, bureauSystem);
        assertEquals("REVOKED", ((JsonObject) Platform.json(shown)).getString("status"), shown.body());
        HttpResponse<String> again = Platform.postRest("/licensing/licences/" + licence + "/actions", bureauSystem,
                revoke.replace("act-", "act2-").replace("撤〔2026〕", "撤〔2026〕二"));
        assertEquals(409, again.statusCode(), "a revoked licence is not revoked again: " + again.body());

        JsonObject back = only(Platform.get(Platform.REST + "/exchange/inbox?kind=LICENCE_ACTION&licence=" + licence,
                penaltySystem), licence);
        assertEquals(handover, back.getJsonNumber("answers").longValue());
        assertTrue(back.getString("payload").contains("\"statusAfter\":\"REVOKED\""), back.getString("payload"));
        assertEquals(400, Platform.get(Platform.REST + "/exchange/inbox?kind=GOSSIP", penaltySystem).statusCode());
    }
}
