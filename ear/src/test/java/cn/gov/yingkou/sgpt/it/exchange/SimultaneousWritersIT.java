package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RawSoap;

/**
 * Several clients acting on one push at the same moment, as an ESB with parallel workers does: every answer is the
 * operation's own — the signed push for a repeated sign, the state refusal for a sign that lost to a return — and
 * never the platform's failure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimultaneousWritersIT {

    private static final int WRITERS = 8;
    private static final String EXCHANGE_SOAP = Platform.BASE + "/api/soap/exchange/v1";

    private static String provincial;
    private static String system;
    private static String industry;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        provincial = Platform.basic(Platform.registerSystem("ywtb.race.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        system = Platform.registerSystem("scjg.race.", "210800-SCJG", "SOAP,REST", "EXCHANGE");
        industry = Platform.basic(system, Platform.TEST_SYSTEM_SECRET);
    }

    @Test
    void signingTheSamePushAtOnceOverRestAnswersEveryoneWithTheSignedPush() throws Exception {
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口并发测试店");
        List<HttpResponse<String>> answers = atOnce(i -> Platform.postRest("/exchange/pushes/" + push + "/receipt", industry, null));
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("SIGNED", ((JsonObject) Platform.json(answer)).getString("status"));
        }
    }

    @Test
    void signingAndSendingBackAtOnceOverRestEndsAsOneOfThemWithTheOthersRefused() throws Exception {
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口并发测试店");
        List<HttpResponse<String>> answers = atOnce(i -> i % 2 == 0
                ? Platform.postRest("/exchange/pushes/" + push + "/receipt", industry, null)
                : Platform.postRest("/exchange/pushes/" + push + "/return", industry, "{\"reason\":\"不属于本部门监管范围\"}"));
        Set<String> settled = answers.stream().filter(a -> a.statusCode() == 200)
                .map(a -> ((JsonObject) Platform.json(a)).getString("status")).collect(Collectors.toSet());
        assertEquals(1, settled.size(), "one of sign and return won: " + settled);
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 409, answer.statusCode() + " " + answer.body());
            if (answer.statusCode() == 409) {
                assertEquals("SGPT-REQ-011", ((JsonObject) Platform.json(answer)).getString("code"), answer.body());
            }
        }
        String state = ((JsonObject) Platform.json(Platform.get(Platform.REST + "/exchange/pushes/" + push, industry)))
                .getString("status");
        assertEquals(settled.iterator().next(), state, "the answers say what the push became");
    }

    @Test
    void signingTheSamePushAtOnceOverSoapAnswersEveryoneWithTheSignedPush() throws Exception {
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口并发测试店");
        List<HttpResponse<String>> answers = atOnce(i -> RawSoap.call(EXCHANGE_SOAP, system, Platform.TEST_SYSTEM_SECRET,
                "<p:signForPush xmlns:p='http://sgpt.yingkou.gov.cn/ws/exchange/v1'><p:id>" + push + "</p:id></p:signForPush>"));
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("<status>SIGNED</status>"), answer.body());
        }
    }

    @Test
    void signingAndSendingBackAtOnceOverSoapGivesTheLoserTheStateFaultAsTheCallersFault() throws Exception {
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口并发测试店");
        List<HttpResponse<String>> answers = atOnce(i -> RawSoap.call(EXCHANGE_SOAP, system, Platform.TEST_SYSTEM_SECRET,
                i % 2 == 0
                        ? "<p:signForPush xmlns:p='http://sgpt.yingkou.gov.cn/ws/exchange/v1'><p:id>" + push + "</p:id></p:signForPush>"
                        : "<p:returnPush xmlns:p='http://sgpt.yingkou.gov.cn/ws/exchange/v1'><p:id>" + push
                                + "</p:id><p:reason>不属于本部门监管范围</p:reason></p:returnPush>"));
        Set<String> settled = new java.util.HashSet<>();
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 200) {
                settled.add(answer.body().contains("<status>SIGNED</status>") ? "SIGNED" : "RETURNED");
            } else {
                RawSoap.assertFault(answer, "soap:Client", "SGPT-REQ-011");
            }
        }
        assertEquals(1, settled.size(), "one of sign and return won: " + settled);
    }

    /** One request a writer, all released together. */
    private static List<HttpResponse<String>> atOnce(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                futures.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    start.await();
                    return writer.write(index);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Writer {
        HttpResponse<String> write(int index) throws Exception;
    }
}
