package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.exchange.v1.ExchangePort;
import cn.gov.yingkou.sgpt.client.exchange.v1.ExchangeService;
import cn.gov.yingkou.sgpt.client.exchange.v1.ReturnPush;
import cn.gov.yingkou.sgpt.client.exchange.v1.SignForPush;
import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/**
 * Results pushed to a department with an industry system reach it over SOAP through the outbox: once, in push
 * order, with the push's message id on every attempt, after the system was down, and after an answer was lost;
 * a rejection is final. The test industry system (IndustryReceiverFixture) implements the published contract.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void anIssuedResultIsDeliveredThenSignedOverSoapAndSupervisionStarts() throws Exception {
        String department = receiver("UP");
        Pushed push = issue(department);
        assertEquals("DELIVERED 1 RECEIVED", awaitDelivery(push, s -> s.startsWith("DELIVERED")));
        List<String> calls = calls(department);
        assertEquals(List.of(push.messageId + " " + push.licence + " 1 RECEIVED true"), calls);

        SignForPush sign = new SignForPush();
        sign.setId(push.id);
        var signed = exchangePort(department).signForPush(sign).getPush();
        assertEquals("SIGNED", signed.getStatus());
        assertTrue(signed.getDueAt() != null, "the supervision clock runs after signing");

        var detail = (JsonObject) Platform.json(Platform.get(Platform.REST + "/exchange/pushes/" + push.id,
                Platform.basic(systemOf(department), Platform.TEST_SYSTEM_SECRET)));
        assertEquals("INDUSTRY_SYSTEM", detail.getString("handedOverBy"));
    }

    @Test
    void aReceiverDownForAWhileGetsEverythingOnceAndInOrderWhenItIsBack() throws Exception {
        String department = receiver("DOWN");
        List<Pushed> pushed = List.of(issue(department), issue(department), issue(department));
        awaitDelivery(pushed.get(0), s -> s.startsWith("PENDING") && Integer.parseInt(s.split(" ")[1]) >= 2);
        assertTrue(calls(department).stream().allMatch(c -> c.startsWith(pushed.get(0).messageId)),
                "later results wait behind the first: " + calls(department));

        mode(department, "UP");
        for (Pushed p : pushed) {
            awaitDelivery(p, s -> s.startsWith("DELIVERED"));
        }
        List<String> received = calls(department).stream().filter(c -> c.endsWith("RECEIVED true")).toList();
        assertEquals(pushed.stream().map(p -> p.messageId).toList(), received.stream().map(c -> c.split(" ")[0]).toList(),
                "each delivered once, in push order");
        String first = awaitDelivery(pushed.get(0), s -> true);
        assertTrue(first.matches("DELIVERED \\d+ (FAILED,)+RECEIVED"), "every attempt is kept: " + first);
        assertEquals("DELIVERED 1 RECEIVED", awaitDelivery(pushed.get(2), s -> true));
    }

    @Test
    void aLostAnswerIsRetriedWithTheSameMessageIdAndStoredOnce() throws Exception {
        String department = receiver("LOSE_FIRST_ANSWER");
        Pushed push = issue(department);
        assertEquals("DELIVERED 2 FAILED,RECEIVED", awaitDelivery(push, s -> s.startsWith("DELIVERED")));
        assertEquals(List.of(push.messageId + " " + push.licence + " 1 STORED-ANSWER-LOST true",
                push.messageId + " " + push.licence + " 2 RECEIVED false"), calls(department));
    }

    @Test
    void aRejectionIsFinal() throws Exception {
        String department = receiver("REJECT");
        Pushed push = issue(department);
        assertEquals("REJECTED 1 REJECTED", awaitDelivery(push, s -> s.startsWith("REJECTED")));
        Thread.sleep(6_000);
        assertEquals(1, calls(department).size(), "a rejected result is not sent again");
    }

    @Test
    void aPushSentBackWhileItsSystemWasDownIsNotDeliveredWhenTheSystemIsBack() throws Exception {
        String department = receiver("DOWN");
        Pushed returned = issue(department);
        Pushed next = issue(department);
        awaitDelivery(returned, s -> s.startsWith("PENDING") && Integer.parseInt(s.split(" ")[1]) >= 1);

        ReturnPush giveBack = new ReturnPush();
        giveBack.setId(returned.id);
        giveBack.setReason("不属本部门监管");
        assertEquals("RETURNED", exchangePort(department).returnPush(giveBack).getPush().getStatus());
        assertTrue(awaitDelivery(returned, s -> true).startsWith("WITHDRAWN "), "withdrawn at once");

        mode(department, "UP");
        awaitDelivery(next, s -> s.startsWith("DELIVERED"));
        assertEquals(List.of(next.messageId), calls(department).stream().filter(c -> c.endsWith("RECEIVED true"))
                .map(c -> c.split(" ")[0]).toList(), "only the push still meant for the department arrives");
        assertTrue(awaitDelivery(returned, s -> true).startsWith("WITHDRAWN "), "and the returned one stays withdrawn");
    }

    @Test
    void aPushSentBackAndHandedOverAgainReachesTheSystemAsANewMessage() throws Exception {
        String department = receiver("UP");
        Pushed pushed = issue(department);
        awaitDelivery(pushed, s -> s.startsWith("DELIVERED"));
        ReturnPush giveBack = new ReturnPush();
        giveBack.setId(pushed.id);
        giveBack.setReason("许可范围有误，请核实后再推送");
        assertEquals("RETURNED", exchangePort(department).returnPush(giveBack).getPush().getStatus());

        fixture("action=push&push=" + pushed.id + "&department=" + department);
        awaitDelivery(pushed, s -> s.lines().count() == 2 && s.lines().allMatch(d -> d.startsWith("DELIVERED")));
        List<String> stored = calls(department).stream().filter(c -> c.endsWith("RECEIVED true"))
                .map(c -> c.split(" ")[0]).toList();
        assertEquals(2, stored.size(), "a system that de-duplicates by message id stored it both times: " + calls(department));
        assertEquals(pushed.messageId, stored.get(0), "the first hand-over under the push's message id");
        assertNotEquals(stored.get(0), stored.get(1), "the second under a new one");
    }

    @Test
    void aDepartmentSwitchedToThePlatformInboxSignsThereWhatItsSystemHadNotReceived() throws Exception {
        String department = receiver("DOWN");
        Pushed push = issue(department);
        awaitDelivery(push, s -> s.startsWith("PENDING") && Integer.parseInt(s.split(" ")[1]) >= 1);

        fixture("action=inbox&department=" + department);
        String withdrawn = awaitDelivery(push, s -> s.startsWith("WITHDRAWN"));
        mode(department, "UP");
        Thread.sleep(6_000);
        assertEquals(withdrawn, awaitDelivery(push, s -> true), "no further attempt");
        assertTrue(calls(department).stream().noneMatch(c -> c.endsWith("RECEIVED true")), "nothing delivered");

        SignForPush sign = new SignForPush();
        sign.setId(push.id);
        assertEquals("SIGNED", exchangePort(department).signForPush(sign).getPush().getStatus());
    }

    @Test
    void theBureauAsksFromThePushPageForAWaitingDeliveryToBeTriedAtOnce() throws Exception {
        String department = receiver("DOWN");
        Pushed push = issue(department);
        awaitDelivery(push, s -> s.startsWith("PENDING") && Integer.parseInt(s.split(" ")[1]) >= 1);

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/exchange/push.xhtml?id=" + push.id);
            browser.waitForText("pd:deliveries:0:retryDelivery", "立即重试");
            browser.click("pd:deliveries:0:retryDelivery");
            browser.waitForText("messages", "已安排立即重试");
            assertTrue(browser.text("pd:historyTable").contains("立即重试投递"), "audited on the push");
        }
        mode(department, "UP");
        assertTrue(awaitDelivery(push, s -> s.startsWith("DELIVERED")).endsWith("RECEIVED"));
        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/exchange/push.xhtml?id=" + push.id);
            browser.waitForText("pd:status", "已推送");
            assertFalse(browser.present("pd:deliveries:0:retryDelivery"), "nothing left to retry once delivered");
        }
    }

    @Test
    void aPushTheSystemCannotTakeIsStoppedFromThePushPageAndThoseBehindItGoOut() throws Exception {
        String department = receiver("DOWN");
        Pushed stuck = issue(department);
        Pushed behind = issue(department);
        awaitDelivery(stuck, s -> s.startsWith("PENDING") && Integer.parseInt(s.split(" ")[1]) >= 1);

        try (Browser browser = Browser.open()) {
            browser.go("/");
            browser.signIn("spj.clerk");
            browser.go("/exchange/push.xhtml?id=" + stuck.id);
            browser.waitForText("pd:deliveries:0:withdrawDelivery", "停止投递");
            browser.click("pd:deliveries:0:withdrawDelivery");
            browser.waitForText("messages", "停止投递的原因");
            assertTrue(awaitDelivery(stuck, s -> true).startsWith("PENDING"), "nothing stopped without a reason");
            browser.type("pd:deliveries:0:withdrawReason", "行业系统无法解析该证照的许可范围");
            browser.click("pd:deliveries:0:withdrawDelivery");
            browser.waitForText("messages", "已停止向行业系统投递");
            browser.waitForText("pd", "行业系统无法解析该证照的许可范围");
            assertFalse(browser.present("pd:deliveries:0:withdrawDelivery"), "nothing left to stop");
            assertTrue(browser.text("pd:historyTable").contains("停止投递"), "audited on the push");
        }
        mode(department, "UP");
        awaitDelivery(behind, s -> s.startsWith("DELIVERED"));
        assertTrue(awaitDelivery(stuck, s -> true).startsWith("WITHDRAWN "), "the stopped one stays stopped");
        assertEquals(List.of(behind.messageId), calls(department).stream().filter(c -> c.endsWith("RECEIVED true"))
                .map(c -> c.split(" ")[0]).toList());

        SignForPush sign = new SignForPush();
        sign.setId(stuck.id);
        assertEquals("SIGNED", exchangePort(department).signForPush(sign).getPush().getStatus(),
                "the department still signs for the stopped push");
    }

    @Test
    void theDepartmentsSystemAsksOverRestForWhatWaitsToBeTriedAtOnce() throws Exception {
        String department = receiver("DOWN");
        Pushed push = issue(department);
        awaitDelivery(push, s -> s.startsWith("PENDING") && Integer.parseInt(s.split(" ")[1]) >= 1);
        String retry = "/exchange/pushes/" + push.id + "/delivery-retry";
        String stranger = Platform.basic(Platform.registerSystem("zjj.r.", "210800-ZJJ", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
        assertEquals(404, Platform.postRest(retry, stranger, null).statusCode(),
                "another department's system may not: to it the push does not exist");

        mode(department, "UP");
        String system = Platform.basic(systemOf(department), Platform.TEST_SYSTEM_SECRET);
        var retried = Platform.postRest(retry, system, null);
        assertEquals(200, retried.statusCode(), retried.body());
        assertTrue(awaitDelivery(push, s -> s.startsWith("DELIVERED")).endsWith("RECEIVED"));
        var nothingLeft = Platform.postRest(retry, system, null);
        assertEquals(409, nothingLeft.statusCode(), "nothing waits once delivered: " + nothingLeft.body());
    }

    /** How a department receives is read from the reference cache; a change must apply to the very next push. */
    @Test
    void aDepartmentMovedFromTheInboxToItsSystemGetsTheNextPushThere() throws Exception {
        String department = fixture("action=department");
        Pushed toInbox = issue(department);
        assertEquals("", awaitDelivery(toInbox, s -> true), "a push to the inbox has no delivery");

        mode(department, "UP");
        fixture("action=system&department=" + department);
        Pushed toSystem = issue(department);
        assertEquals("DELIVERED 1 RECEIVED", awaitDelivery(toSystem, s -> s.startsWith("DELIVERED")));
        assertEquals(List.of(toSystem.messageId), calls(department).stream().map(c -> c.split(" ")[0]).toList());
        assertEquals("", awaitDelivery(toInbox, s -> true), "what went to the inbox stays there");
    }

    @Test
    void theContractIndustrySystemsImplementIsPublished() throws Exception {
        var contract = Platform.get(Platform.BASE + "/api/contracts/industry-receiver-v1.wsdl");
        assertEquals(200, contract.statusCode());
        assertTrue(contract.body().contains("name=\"deliverResult\"") && contract.body().contains("RECEIVED"),
                contract.body());
    }

    record Pushed(long id, String licence, String messageId) {
    }

    /** A new system account of the department, for signing and returning over SOAP and REST. */
    private static String systemOf(String department) throws IOException, InterruptedException {
        return Platform.registerSystem("hy.soap.", department, "SOAP,REST", "EXCHANGE");
    }

    private static ExchangePort exchangePort(String department) throws IOException, InterruptedException {
        return WsSecurity.usernameToken(new ExchangeService(new URL(Platform.BASE + "/api/soap/exchange/v1?wsdl"))
                .getExchangePort(), systemOf(department), Platform.TEST_SYSTEM_SECRET, true);
    }

    /** A new department whose receiving channel is the test industry system, in the given mode. */
    static String receiver(String mode) throws IOException, InterruptedException {
        String department = fixture("action=receiver");
        mode(department, mode);
        return department;
    }

    static void mode(String department, String mode) throws IOException, InterruptedException {
        fixture("action=mode&department=" + department + "&mode=" + mode);
    }

    static Pushed issue(String department) throws IOException, InterruptedException {
        String[] answer = fixture("action=issue&department=" + department).split(" ");
        return new Pushed(Long.parseLong(answer[0]), answer[1], answer[2]);
    }

    static List<String> calls(String department) throws IOException, InterruptedException {
        String body = Platform.get(Platform.BASE + "/fixtures/deliveries?department=" + department).body();
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
    }

    /** Waits for the push's delivery ("status attempts outcomes") to satisfy the test; answers it. */
    static String awaitDelivery(Pushed push, Predicate<String> done) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        String state;
        do {
            state = Platform.get(Platform.BASE + "/fixtures/deliveries?push=" + push.id).body();
            if (done.test(state)) {
                return state;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("delivery of " + push.licence + " still " + state + " after " + PATIENCE);
    }

    private static String fixture(String form) throws IOException, InterruptedException {
        return Platform.fixture("deliveries", form);
    }
}
