package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * The market-supervision bureau's industry system over REST: a result the provincial platform submitted
 * arrives in its inbox (the food licence is pushed on issue), it signs for one and sends another back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeRestIT {

    private static String provincial;
    private static String industry;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        provincial = Platform.basic(Platform.registerSystem("ywtb.x.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        industry = Platform.basic(Platform.registerSystem("scjg.x.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
    }

    @Test
    void aPushedResultIsSignedForOnceAndAnotherSentBack() throws Exception {
        long first = Platform.pushToTheMarketBureau(provincial, industry, "营口交换测试店");
        HttpResponse<String> signed = Platform.postRest("/exchange/pushes/" + first + "/receipt", industry, null);
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("SIGNED", ((JsonObject) Platform.json(signed)).getString("status"));
        assertEquals(200, Platform.postRest("/exchange/pushes/" + first + "/receipt", industry, null).statusCode(),
                "the same system signing again changes nothing");
        String colleague = Platform.basic(Platform.registerSystem("scjg.y.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        assertEquals(409, Platform.postRest("/exchange/pushes/" + first + "/receipt", colleague, null).statusCode(), "signed once");

        long second = Platform.pushToTheMarketBureau(provincial, industry, "营口交换测试店");
        assertEquals(400, Platform.postRest("/exchange/pushes/" + second + "/return", industry, "{\"reason\":\" \"}").statusCode(),
                "a return needs its reason");
        HttpResponse<String> returned = Platform.postRest("/exchange/pushes/" + second + "/return", industry,
                "{\"reason\":\"不属于本部门监管范围\"}");
        assertEquals("RETURNED", ((JsonObject) Platform.json(returned)).getString("status"), returned.body());

        String other = Platform.basic(Platform.registerSystem("zjj.x.", "210800-ZJJ", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        assertEquals(404, Platform.postRest("/exchange/pushes/" + first + "/receipt", other, null).statusCode(),
                "only the department it was pushed to: to others the push does not exist");
        assertEquals(400, Platform.get(Platform.REST + "/exchange/inbox?status=LOST", industry).statusCode());

        HttpResponse<String> proof = Platform.get(Platform.REST + "/exchange/pushes/" + first + "/proof", industry);
        assertEquals(200, proof.statusCode(), proof.body());
        var steps = ((JsonObject) Platform.json(proof)).getJsonArray("steps");
        assertEquals(List.of("push.prepare", "push.push", "push.sign"), steps.stream()
                .map(step -> step.asJsonObject().getJsonObject("entry").getString("action")).toList(), proof.body());
        assertEquals("scjg.x.", steps.getJsonObject(2).getJsonObject("entry").getString("actor").substring(0, 7),
                "the system that signed");
        assertEquals("PLATFORM_INBOX", steps.getJsonObject(1).getJsonObject("entry").getJsonObject("facts")
                .getString("receiving"), "each step's facts, by name, beside its sealed text");
        assertEquals(404, Platform.get(Platform.REST + "/exchange/pushes/" + first + "/proof", other).statusCode(),
                "not another department's: to it the push does not exist");
        assertEquals(400, Platform.get(Platform.REST + "/exchange/pushes/x/proof", industry).statusCode());
        HttpResponse<String> none = Platform.postRest("/exchange/pushes/999999999/receipt", industry, null);
        assertEquals(404, none.statusCode(), none.body());
        assertEquals("SGPT-REQ-404", ((JsonObject) Platform.json(none)).getString("code"), "not found, as over SOAP");
    }
}
