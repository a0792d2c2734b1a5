package cn.gov.yingkou.sgpt.it.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.calendar.v1.CalendarPort;
import cn.gov.yingkou.sgpt.client.calendar.v1.CalendarService;
import cn.gov.yingkou.sgpt.client.calendar.v1.IsWorkingDay;
import cn.gov.yingkou.sgpt.client.calendar.v1.ServiceFault;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RawSoap;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAuthentication;

/**
 * External systems over SOAP (WS-Security UsernameToken, text and digest) and REST (Basic, bearer): the right
 * credentials from an allowed address get in; anything else gets SGPT-AUTH-401 or -403 with the reason, does
 * nothing, and leaves an audit entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemAccessIT {

    private static final String CALENDAR_WSDL = Platform.BASE + "/api/soap/calendar/v1?wsdl";
    private static final String DAY = Platform.REST + "/calendar/days/2026-10-10";
    private static final String SECRET = "test-secret-0123456789";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void soapAcceptsTheSecretAsTextAndAsDigest() throws Exception {
        for (boolean digest : new boolean[] {false, true}) {
            CalendarPort port = WsSecurity.usernameToken(port(), Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET, digest);
            assertTrue(port.isWorkingDay(makeUpSaturday()).isWorkingDay(), "digest=" + digest);
        }
    }

    @Test
    void soapRefusesAWrongSecretAMissingTokenAndAnUnknownAccountAndAuditsIt() throws Exception {
        for (boolean digest : new boolean[] {false, true}) {
            CalendarPort wrong = WsSecurity.usernameToken(port(), Platform.DEMO_SYSTEM, "not-the-secret-at-all", digest);
            assertUnauthenticated(assertThrows(ServiceFault.class, () -> wrong.isWorkingDay(makeUpSaturday())),
                    "UsernameToken");
        }
        assertUnauthenticated(assertThrows(ServiceFault.class, () -> port().isWorkingDay(makeUpSaturday())),
                "UsernameToken");
        CalendarPort stranger = WsSecurity.usernameToken(port(), "no.such.system", SECRET, true);
        assertUnauthenticated(assertThrows(ServiceFault.class, () -> stranger.isWorkingDay(makeUpSaturday())),
                "UsernameToken");
        assertTrue(auditActions(Platform.DEMO_SYSTEM).contains("auth.refused"), "the refusal is audited");
        assertTrue(auditActions("no.such.system").contains("auth.refused"));
    }

    @Test
    void aBodyThatIsNotXmlBehindAValidTokenIsMalformedNotARefusedCaller() throws Exception {
        String system = "mal." + Long.toHexString(System.nanoTime());
        register(system, "SOAP", "CALENDAR_READ", "127.0.0.1");
        RawSoap.assertFault(RawSoap.call(Platform.BASE + "/api/soap/calendar/v1", system, SECRET,
                "<p:isWorkingDay xmlns:p='http://sgpt.yingkou.gov.cn/ws/calendar/v1'><p:date>2026-10-10</p:dat>"
                        + "</p:isWorkingDay>"), "soap:Client", "SGPT-REQ-001");
        assertFalse(auditActions(system).contains("auth.refused"), "no failed sign-in is recorded against it");
    }

    @Test
    void aTextPasswordWithoutNonceAndCreatedIsRefusedAndATokenIsTakenOnce() throws Exception {
        String system = "txt." + Long.toHexString(System.nanoTime());
        register(system, "SOAP", "CALENDAR_READ", "127.0.0.1,::1");
        String body = "<p:isWorkingDay xmlns:p='http://sgpt.yingkou.gov.cn/ws/calendar/v1'><p:date>2026-10-10</p:date>"
                + "</p:isWorkingDay>";
        String address = Platform.BASE + "/api/soap/calendar/v1";
        var bare = RawSoap.post(address, "", RawSoap.envelope(system, SECRET, body, false));
        assertTrue(RawSoap.assertFault(bare, "soap:Client", "SGPT-AUTH-401").getElementsByTagNameNS(RawSoap.COMMON_NS,
                "detail").item(0).getTextContent().contains("Nonce"), bare.body());
        String guarded = RawSoap.envelope(system, SECRET, body, true);
        var first = RawSoap.post(address, "", guarded);
        assertEquals(200, first.statusCode(), first.body());
        RawSoap.assertFault(RawSoap.post(address, "", guarded), "soap:Client", "SGPT-AUTH-401");
    }

    @Test
    void refusedCredentialsFromAnAllowedAddressCoolTheSystemDownUntilAnAdministratorLiftsIt() throws Exception {
        String system = "cool." + Long.toHexString(System.nanoTime());
        register(system, "SOAP,REST", "CALENDAR_READ", "127.0.0.1,::1");
        for (int i = 0; i < SystemAuthentication.REFUSALS_BEFORE_COOLDOWN - 1; i++) {
            assertRestRefused(Platform.get(DAY, Platform.basic(system, "wrong-" + i)), 401, "wrong secret");
        }
        assertEquals(200, Platform.get(DAY, Platform.basic(system, SECRET)).statusCode(), "the right secret starts over");
        assertTrue(Platform.get(Platform.BASE + "/fixtures/systems?username=" + system).body().startsWith("0 -"));
        for (int i = 0; i < SystemAuthentication.REFUSALS_BEFORE_COOLDOWN; i++) {
            assertRestRefused(Platform.get(DAY, Platform.basic(system, "wrong-" + i)), 401, "wrong secret");
        }
        assertRestRefused(Platform.get(DAY, Platform.basic(system, SECRET)), 401, "cooling down");
        CalendarPort soap = WsSecurity.usernameToken(port(), system, SECRET, true);
        assertUnauthenticated(assertThrows(ServiceFault.class, () -> soap.isWorkingDay(makeUpSaturday())), "cooling down");
        assertFalse(Platform.get(Platform.BASE + "/fixtures/systems?username=" + system).body().endsWith("-"),
                "the administrators see until when");
        assertTrue(auditActions(system).contains("system.cooldown"));

        assertEquals(200, Platform.send(form("/fixtures/systems", "username=" + system + "&lift=1")).statusCode());
        assertEquals(200, Platform.get(DAY, Platform.basic(system, SECRET)).statusCode());
        assertTrue(soap.isWorkingDay(makeUpSaturday()).isWorkingDay());
        assertTrue(auditActions(system).contains("system.cooldown-lifted"));
    }

    @Test
    void manyCallsAtOnceAfterARefusalAreAllLetInAndTheRefusalForgotten() throws Exception {
        String system = "burst." + Long.toHexString(System.nanoTime());
        register(system, "REST", "CALENDAR_READ", "127.0.0.1,::1");
        assertRestRefused(Platform.get(DAY, Platform.basic(system, "wrong-once")), 401, "wrong secret");
        assertTrue(Platform.get(Platform.BASE + "/fixtures/systems?username=" + system).body().startsWith("1 -"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> Platform.get(DAY, Platform.basic(system, SECRET)).statusCode()));
            }
            for (var answer : answers) {
                assertEquals(200, answer.get(60, java.util.concurrent.TimeUnit.SECONDS), "every right call is let in");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Platform.get(Platform.BASE + "/fixtures/systems?username=" + system).body().startsWith("0 -"));
    }

    @Test
    void refusalsFromAnAddressTheSystemMayNotCallFromCannotShutItOut() throws Exception {
        String system = "far." + Long.toHexString(System.nanoTime());
        register(system, "REST", "CALENDAR_READ", "10.20.0.0/16");
        for (int i = 0; i < SystemAuthentication.REFUSALS_BEFORE_COOLDOWN + 2; i++) {
            assertRestRefused(Platform.get(DAY, Platform.basic(system, "wrong-" + i)), 401, "wrong secret");
        }
        assertTrue(Platform.get(Platform.BASE + "/fixtures/systems?username=" + system).body().startsWith("0 -"),
                "not counted, not cooling down");
    }

    @Test
    void aSystemIsLetInOnlyFromItsAddressesAndOnItsChannels() throws Exception {
        String remote = "sys.remote" + Long.toHexString(System.nanoTime());
        register(remote, "SOAP,REST", "CALENDAR_READ", "10.20.0.0/16");
        CalendarPort port = WsSecurity.usernameToken(port(), remote, SECRET, true);
        assertUnauthenticated(assertThrows(ServiceFault.class, () -> port.isWorkingDay(makeUpSaturday())),
                "allow-list");
        assertRestRefused(Platform.get(DAY, Platform.basic(remote, SECRET)), 401, "allow-list");

        String restOnly = "sys.rest" + Long.toHexString(System.nanoTime());
        register(restOnly, "REST", "CALENDAR_READ", "127.0.0.1,::1");
        CalendarPort soap = WsSecurity.usernameToken(port(), restOnly, SECRET, false);
        assertUnauthenticated(assertThrows(ServiceFault.class, () -> soap.isWorkingDay(makeUpSaturday())),
                "SOAP");
        assertEquals(200, Platform.get(DAY, Platform.basic(restOnly, SECRET)).statusCode());
        assertTrue(auditActions(remote).contains("auth.refused"));
    }

    @Test
    void aSystemWithoutTheOperationIsForbidden() throws Exception {
        String bare = "sys.bare" + Long.toHexString(System.nanoTime());
        register(bare, "SOAP,REST", "", "127.0.0.1,::1");
        CalendarPort port = WsSecurity.usernameToken(port(), bare, SECRET, true);
        ServiceFault fault = assertThrows(ServiceFault.class, () -> port.isWorkingDay(makeUpSaturday()));
        assertEquals("SGPT-AUTH-403", fault.getFaultInfo().getCode());
        assertTrue(fault.getFaultInfo().getDetail().contains("CALENDAR_READ"));
        assertRestRefused(Platform.get(DAY, Platform.basic(bare, SECRET)), 403, "CALENDAR_READ");
    }

    @Test
    void restNeedsCredentialsAndSaysWhich() throws Exception {
        var missing = Platform.get(DAY, null);
        assertRestRefused(missing, 401, "Credentials missing");
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
        assertRestRefused(Platform.get(DAY, Platform.basic(Platform.DEMO_SYSTEM, "wrong-secret-wrong")), 401, "wrong secret");
        assertRestRefused(Platform.get(DAY, "Basic !!!not-base64"), 401, "Malformed");
        assertRestRefused(Platform.get(DAY, "Bearer sgpt_not-a-token"), 401, "bearer token");
        assertEquals(200, Platform.get(Platform.REST + "/health", null).statusCode(), "monitoring stays open");
    }

    @Test
    void aBearerTokenWorksUntilANewOneReplacesIt() throws Exception {
        String system = "sys.token" + Long.toHexString(System.nanoTime());
        register(system, "REST", "CALENDAR_READ", "127.0.0.1,::1");
        String first = issueToken(system);
        assertTrue(first.startsWith("sgpt_"));
        var answer = Platform.get(DAY, "Bearer " + first);
        assertEquals(200, answer.statusCode());
        assertTrue(((JsonObject) Platform.json(answer)).getBoolean("workingDay"));

        String second = issueToken(system);
        assertRestRefused(Platform.get(DAY, "Bearer " + first), 401, "revoked");
        assertEquals(200, Platform.get(DAY, "Bearer " + second).statusCode());
        assertTrue(auditActions(system).contains("system.token"));
    }

    private static CalendarPort port() throws Exception {
        return new CalendarService(new URL(CALENDAR_WSDL)).getCalendarPort();
    }

    private static IsWorkingDay makeUpSaturday() throws Exception {
        IsWorkingDay request = new IsWorkingDay();
        request.setDate(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-10-10"));
        return request;
    }

    /** The declared fault, so a generated client reads the code and the reason as data. */
    private static void assertUnauthenticated(ServiceFault fault, String reason) {
        assertTrue(fault.getMessage().startsWith("[SGPT-AUTH-401] 身份验证失败"), fault.getMessage());
        assertEquals("SGPT-AUTH-401", fault.getFaultInfo().getCode());
        assertTrue(fault.getFaultInfo().getDetail().contains(reason), fault.getFaultInfo().getDetail());
    }

    private static void assertRestRefused(java.net.http.HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = (JsonObject) Platform.json(response);
        assertEquals("SGPT-AUTH-" + status, error.getString("code"));
        assertTrue(error.getString("detail").contains(reason), error.getString("detail"));
    }

    private static void register(String username, String channels, String operations, String addresses) throws Exception {
        var created = Platform.send(form("/fixtures/systems", "username=" + username + "&secret=" + SECRET + "&channels="
                + channels + "&operations=" + operations + "&addresses=" + encode(addresses)));
        assertEquals(200, created.statusCode(), created.body());
    }

    private static String issueToken(String username) throws Exception {
        var issued = Platform.send(form("/fixtures/systems", "username=" + username + "&token=1"));
        assertEquals(200, issued.statusCode(), issued.body());
        return issued.body();
    }

    private static String auditActions(String username) throws Exception {
        return Platform.get(Platform.BASE + "/fixtures/accounts?username=" + encode(username)).body();
    }

    private static HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(Platform.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
