package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.it.support.Browser;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.Tls;

/**
 * A production installation on an empty database: no demo data, no known password, one administrator whose
 * random temporary password is in a file only the server's user can read, and who must replace it first.
 * Runs on the embedded database only: on PostgreSQL the suite's servers share one database that already
 * holds the demo organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstAdministratorIT {

    private static final String SERVER = "production";
    private static final String PLAIN = "http://localhost:8380";
    /** Started HTTPS-only (arquillian.xml), as production runs: plain HTTP is sent here. */
    private static final String BASE = "https://localhost:8743";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = SERVER, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theFirstStartCreatesOneAdministratorWithAPasswordOnlyTheOperatorCanRead() throws Exception {
        assumeTrue("h2".equals(System.getProperty("sgpt.db", "h2")), "needs its own empty database (H2 runs)");
        controller.start(SERVER);
        try {
            deployer.deploy(SERVER);
            HttpClient https = Tls.trustingClient();
            HttpResponse<String> answer = https.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/info")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject info = (JsonObject) Platform.json(answer);
            assertEquals("PRODUCTION", info.getString("mode"));
            assertTrue(answer.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                    "browsers are told to use HTTPS only");
            HttpResponse<String> plain = Platform.get(PLAIN + "/api/v1/info?lang=en");
            assertEquals(302, plain.statusCode(), "plain HTTP is redirected");
            assertEquals(BASE + "/api/v1/info?lang=en", plain.headers().firstValue("Location").orElse(""));
            assertTrue(https.send(HttpRequest.newBuilder(URI.create(BASE + "/api/soap/platform/v1?wsdl")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("location=\"" + BASE + "/api/soap/platform/v1\""),
                    "the WSDL names the HTTPS address");

            Path file = Path.of(System.getProperty("sgpt.it.production.data"), "first-administrator-password.txt");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            String password = Files.readString(file).strip();
            assertTrue(password.length() >= 16, "a long random password");
            assertEquals(401, https.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/calendar/years")).header(
                    "Authorization", Platform.basic("scjg.system", "Yingkou2026-scjg-system")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "no demo system");

            try (Browser browser = Browser.open()) {
                browser.goTo(PLAIN + "/");
                assertTrue(browser.driver.getCurrentUrl().startsWith(BASE + "/"), browser.driver.getCurrentUrl());
                browser.signIn("spj.clerk");
                assertTrue(browser.present("login:username"), "no demo accounts in production");
                browser.signIn("admin", Browser.DEMO_PASSWORD);
                assertTrue(browser.present("login:username"), "not the demo password either");
                browser.signIn("admin", password);
                assertTrue(browser.text("pw:forced").contains("临时密码"), "the temporary password must go first");
            }
            deployer.undeploy(SERVER);
        } finally {
            controller.stop(SERVER);
        }
    }
}
