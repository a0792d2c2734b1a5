package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.PortalForm;
import cn.gov.yingkou.sgpt.it.support.Tls;

/**
 * What a browser is told to protect the platform's users with, on every kind of answer, and the REST writes a page on
 * another site could make a browser send, refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    private static String provincial;
    private static String industry;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        provincial = Platform.basic(Platform.registerSystem("ywtb.h.", "210800-XZSP", "REST", "LICENSING_SUBMIT"),
                Platform.TEST_SYSTEM_SECRET);
        industry = Platform.basic(Platform.registerSystem("scjg.h.", "210800-SCJG", "REST", "EXCHANGE"),
                Platform.TEST_SYSTEM_SECRET);
    }

    @Test
    void everyKindOfAnswerCarriesTheBrowserProtections() throws Exception {
        PortalForm login = PortalForm.open("/login.xhtml");
        login.submit("login", Map.of("login:username", "spj.clerk", "login:password", Browser.DEMO_PASSWORD,
                "login:submit", ""));
        String resource = "/jakarta.faces.resource/css/sgpt.css.xhtml?ln=sgpt";
        Map<String, HttpResponse<String>> answers = Map.of(
                "login page", PortalForm.open("/login.xhtml").page(),
                "signed-in redirect", login.page(),
                "portal resource", Platform.get(Platform.BASE + resource),
                "REST", Platform.get(Platform.REST + "/info"),
                "REST error", Platform.get(Platform.REST + "/licensing/applications/none", industry),
                "WSDL", Platform.get(Platform.SOAP_PLATFORM_V1 + "?wsdl"),
                "SOAP fault", Platform.send(HttpRequest.newBuilder(URI.create(Platform.SOAP_PLATFORM_V1))
                        .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString("<x/>"))),
                "unknown address", Platform.get(Platform.BASE + "/no-such-page"));
        answers.forEach((what, answer) -> {
            var headers = answer.headers();
            assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(""), what);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
            String policy = String.join(" | ", headers.allValues("Content-Security-Policy"));
            for (String directive : List.of("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'")) {
                assertTrue(policy.contains(directive), what + " lacks " + directive + ": " + policy);
            }
        });
        List<String> pagePolicies = answers.get("login page").headers().allValues("Content-Security-Policy");
        assertTrue(pagePolicies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")),
                "a portal page's scripts run only with its nonce: " + pagePolicies);
        assertTrue(answers.get("login page").body().matches("(?s).*<script[^>]* nonce=\"[^\"]+\".*"),
                "and carry it");
        assertEquals(200, answers.get("portal resource").statusCode());
        assertFalse(answers.get("portal resource").headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "scripts and styles stay cacheable");
    }

    @Test
    void pagesAndApiAnswersWithPersonalDataAreNotKept() throws Exception {
        PortalForm login = PortalForm.open("/login.xhtml");
        assertEquals("no-store", login.page().headers().firstValue("Cache-Control").orElse(""));
        login.submit("login", Map.of("login:username", "spj.clerk", "login:password", Browser.DEMO_PASSWORD,
                "login:submit", ""));
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口加固测试店");
        HttpResponse<String> inbox = Platform.get(Platform.REST + "/exchange/pushes/" + push, industry);
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertEquals("no-store", inbox.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnlyAndSecureOverHttps() throws Exception {
        String plain = sessionCookie(PortalForm.open("/login.xhtml").page());
        assertTrue(plain.contains("; httponly") && plain.contains("; samesite=lax"), plain);
        assertFalse(plain.contains("; secure"), "plain HTTP cannot carry a Secure cookie back: " + plain);

        HttpClient https = Tls.trustingClient();
        HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create(Tls.HTTPS_BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String secure = sessionCookie(page);
        assertTrue(secure.contains("; secure") && secure.contains("; httponly") && secure.contains("; samesite=lax"), secure);
    }

    @Test
    void theWsdlNamesTheSchemeTheClientUsed() throws Exception {
        HttpResponse<String> overHttps = Tls.trustingClient().send(HttpRequest.newBuilder(URI.create(Tls.HTTPS_BASE
                + "/api/soap/platform/v1?wsdl")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, overHttps.statusCode());
        assertTrue(overHttps.body().contains("location=\"" + Tls.HTTPS_BASE + "/api/soap/platform/v1\""), overHttps.body());
        assertTrue(Platform.get(Platform.SOAP_PLATFORM_V1 + "?wsdl").body().contains("location=\""
                + Platform.SOAP_PLATFORM_V1 + "\""));
    }

    @Test
    void aRestWriteABrowserCouldBeMadeToSendFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        long push = Platform.pushToTheMarketBureau(provincial, industry, "营口跨站测试店");
        String receipt = Platform.REST + "/exchange/pushes/" + push + "/receipt";
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> refused = Platform.send(HttpRequest.newBuilder(URI.create(receipt))
                    .header("Authorization", industry).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertEquals(415, refused.statusCode(), type + ": " + refused.body());
            JsonObject problem = (JsonObject) Platform.json(refused);
            assertEquals("SGPT-REQ-415", problem.getString("code"));
            assertTrue(problem.getString("detail").contains("application/json"), problem.toString());
        }
        HttpResponse<String> crossSite = Platform.send(HttpRequest.newBuilder(URI.create(receipt))
                .header("Authorization", industry).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertEquals("SGPT-AUTH-403", ((JsonObject) Platform.json(crossSite)).getString("code"));
        HttpResponse<String> untyped = Platform.send(HttpRequest.newBuilder(URI.create(Platform.REST
                + "/licensing/units/210800/applications")).header("Authorization", provincial)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, untyped.statusCode(), "a body without a type: " + untyped.body());

        HttpResponse<String> unchanged = Platform.get(Platform.REST + "/exchange/pushes/" + push, industry);
        assertEquals("PUSHED", ((JsonObject) Platform.json(unchanged)).getString("status"), "nothing was signed");
        HttpResponse<String> signed = Platform.postRest("/exchange/pushes/" + push + "/receipt", industry, null);
        assertEquals(200, signed.statusCode(), "a system's write without a body goes through: " + signed.body());
    }

    /** The session cookie's attributes, lower-cased: their names are case-insensitive. */
    private static String sessionCookie(HttpResponse<String> page) {
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.toLowerCase(java.util.Locale.ROOT)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
    }
}
