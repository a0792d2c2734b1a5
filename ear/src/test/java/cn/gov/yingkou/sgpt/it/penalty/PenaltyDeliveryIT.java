package cn.gov.yingkou.sgpt.it.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;

/**
 * Delivery of the penalty loop to industry systems through the hand-over receiver contract v2: the approval bureau's
 * system (set up for penalty decisions only) receives the decision with its typed content, and the deciding
 * department's system (set up for licence actions) receives the bureau's suspension, answering that decision.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PenaltyDeliveryIT {

    private static final String BUREAU = "210800-XZSP";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    /** The receiver's calls for the department naming the licence, once {@code count} have arrived (a minute at most). */
    private static List<String> received(String department, String licence, int count) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        List<String> calls;
        do {
            HttpResponse<String> answer = Platform.get(Platform.BASE + "/fixtures/deliveries?handovers=" + department);
            calls = Arrays.stream(answer.body().split("\n")).filter(line -> line.contains(" " + licence + " ")).toList();
            if (calls.size() >= count) {
                return calls;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(until));
        throw new AssertionError(department + " received " + calls + " for " + licence + ", not " + count + " calls");
    }

    @Test
    void theContractIsPublishedBesideVersionOne() throws Exception {
        HttpResponse<String> contract = Platform.get(Platform.BASE + "/api/contracts/handover-receiver-v2.wsdl");
        assertEquals(200, contract.statusCode());
        assertTrue(contract.body().contains("deliverHandover") && contract.body().contains("PenaltyContent"));
        assertTrue(Platform.get(Platform.BASE + "/api/contracts/industry-receiver-v1.wsdl").body().contains("deliverResult"));
    }

    @Test
    void thePenaltyAndTheActionReachTheSystemsOfTheirReceivers() throws Exception {
        String provincial = Platform.basic(Platform.registerSystem("ywtb.d.", BUREAU, "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        String market = Platform.fixture("deliveries", "action=department");
        String penaltySystem = Platform.basic(Platform.registerSystem("hy.d.", market, "REST", "PENALTY_REPORT,EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        String bureauSystem = Platform.basic(Platform.registerSystem("spj.d.", BUREAU, "REST",
                "LICENSING_SUBMIT,LICENSING_READ,EXCHANGE"), Platform.TEST_SYSTEM_SECRET);
        Platform.fixture("deliveries", "action=v2-receiver&kind=PENALTY&department=" + BUREAU);
        try {
            String licence = "PD210800" + System.nanoTime() % 100_000_000L;
            Platform.submitFinishedFoodResult(provincial, licence, "营口处罚投递测试店");
            // The decision comes from a department of its own, which takes licence actions through v2.
            Platform.fixture("deliveries", "action=v2-receiver&kind=LICENCE_ACTION&department=" + market);
            String number = "营市监罚〔2026〕" + licence.substring(8) + "号";
            HttpResponse<String> reported = Platform.postRest("/penalties", penaltySystem, "{\"messageId\":\"pd-" + licence
                    + "\",\"decisionNumber\":\"" + number + "\",\"decidedOn\":\"2026-09-30\",\"licenceNumber\":\"" + licence
                    + "\",\"facts\":\"超范围经营\",\"legalBasis\":\"《食品安全法》第一百二十二条\",\"penalty\":\"罚款\","
                    + "\"measure\":\"SUSPEND\",\"suspendedUntil\":\"2026-12-31\"}");
            assertEquals(201, reported.statusCode(), reported.body());
            long handover = ((JsonObject) Platform.json(reported)).getJsonNumber("handoverId").longValue();

            String penalty = received(BUREAU, licence, 1).get(0);
            assertEquals("PENALTY " + licence + " " + number + " null penalty SUSPEND 2026-09-30 营口处罚投递测试店", penalty);

            assertEquals(200, Platform.postRest("/exchange/pushes/" + handover + "/receipt", bureauSystem, null)
                    .statusCode());
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            HttpResponse<String> acted = Platform.postRest("/licensing/licences/" + licence + "/actions", bureauSystem,
                    "{\"kind\":\"SUSPEND\",\"documentNumber\":\"营审批暂〔2026〕" + licence.substring(8) + "号\","
                            + "\"decidedOn\":\"" + today + "\",\"reason\":\"依处罚决定暂扣\",\"legalBasis\":\"《行政处罚法》第九条\","
                            + "\"suspendedUntil\":\"2026-12-31\",\"answers\":" + handover + "}");
            assertEquals(201, acted.statusCode(), acted.body());
            String action = received(market, licence, 1).get(0);
            assertTrue(action.startsWith("LICENCE_ACTION " + licence + " 营审批暂〔2026〕"), action);
            assertTrue(action.endsWith(handover + " action SUSPEND SUSPENDED"), action);
        } finally {
            Platform.fixture("deliveries", "action=v2-inbox&kind=PENALTY&department=" + BUREAU);
        }
    }
}
