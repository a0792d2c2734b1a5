package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Platform;

/** The REST API v1 as a provincial system or a monitoring probe uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformRestIT {

    private static final String DEMO = Platform.basic(Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void infoNamesThePlatformModeAndTimeZoneToAllAndItsVersionsOnlyToAnAuthenticatedSystem() throws Exception {
        HttpResponse<String> response = Platform.get(Platform.REST + "/info", null);
        assertEquals(200, response.statusCode());
        JsonObject info = json(response);
        assertEquals("营口市审批监管信息交换平台", info.getString("nameZh"));
        assertEquals("DEMO", info.getString("mode"));
        assertEquals("Asia/Shanghai", info.getString("timeZone"));
        assertFalse(info.containsKey("version") || info.containsKey("serverRelease") || info.containsKey("schemaVersion"),
                info.toString());
        JsonObject told = json(Platform.get(Platform.REST + "/info", DEMO));
        assertFalse(told.getString("version").isBlank());
        assertTrue(told.getString("serverRelease").startsWith("WildFly "));
        assertEquals(401, Platform.get(Platform.REST + "/info", Platform.basic(Platform.DEMO_SYSTEM, "wrong-secret")).statusCode(),
                "credentials given are checked");
        Instant serverTime = Instant.parse(info.getString("serverTime"));
        assertTrue(Duration.between(serverTime, Instant.now()).abs().toMinutes() < 5, "server time is now");
    }

    @Test
    void healthReportsTheDatabaseAtTheExpectedSchemaAndTheDeploymentUp() throws Exception {
        HttpResponse<String> open = Platform.get(Platform.REST + "/health", null);
        assertEquals(200, open.statusCode(), open.body());
        assertEquals("no-store", open.headers().firstValue("Cache-Control").orElse(""));
        JsonObject verdict = json(open);
        assertTrue(verdict.getBoolean("up"));
        assertEquals(java.util.Set.of("up", "checkedAt"), verdict.keySet(), "up or down only to strangers");
        HttpResponse<String> response = Platform.get(Platform.REST + "/health", DEMO);
        JsonObject health = json(response);
        assertTrue(health.getBoolean("up"));
        JsonObject database = health.getJsonObject("database");
        assertTrue(database.getBoolean("up"));
        assertEquals(expectedProduct(), database.getString("product"));
        assertFalse(database.getString("schemaVersion").isBlank());
        JsonObject deployment = health.getJsonObject("deployment");
        assertTrue(deployment.getBoolean("up"));
        assertTrue(deployment.getBoolean("demoDataLoaded"));
        JsonObject audit = health.getJsonObject("audit");
        assertTrue(audit.getBoolean("up"), "the audit chain keeps up");
        assertTrue(audit.getJsonNumber("oldestUnsealedSeconds").longValue() <= 60);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = Platform.get(Platform.REST + "/openapi.yaml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        assertTrue(response.body().startsWith("openapi: 3"));
        assertTrue(response.body().contains("\n  /health:"));
        assertTrue(response.body().contains("\n  /info:"));
    }

    @Test
    void anUnknownResourceIsA404WithAStableCodeInBothLanguages() throws Exception {
        HttpResponse<String> response = Platform.get(Platform.REST + "/no-such-thing");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject error = json(response);
        assertEquals("SGPT-REQ-404", error.getString("code"));
        assertEquals("请求的资源不存在", error.getString("messageZh"));
        assertEquals("No such resource", error.getString("messageEn"));
    }

    @Test
    void aWrongMethodIsA405NotAServerError() throws Exception {
        HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(URI.create(Platform.REST + "/info"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        assertEquals(405, response.statusCode());
        assertEquals("SGPT-REQ-405", json(response).getString("code"));
    }

    private static String expectedProduct() {
        return "postgresql".equals(System.getProperty("sgpt.db")) ? "PostgreSQL" : "H2";
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Platform.json(response).asJsonObject();
    }
}
