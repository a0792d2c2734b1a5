package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    private static final String BASE = "http://localhost:8380";

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
            JsonObject info = (JsonObject) Platform.json(Platform.get(BASE + "/api/v1/info"));
            assertEquals("PRODUCTION", info.getString("mode"));

            Path file = Path.of(System.getProperty("sgpt.it.production.data"), "first-administrator-password.txt");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            String password = Files.readString(file).strip();
            assertTrue(password.length() >= 16, "a long random password");
            assertEquals(401, Platform.get(BASE + "/api/v1/calendar/years",
                    Platform.basic("scjg.system", "Yingkou2026-scjg-system")).statusCode(), "no demo system");

            try (Browser browser = Browser.open()) {
                browser.goTo(BASE + "/");
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
