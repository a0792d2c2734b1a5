package cn.gov.yingkou.sgpt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;

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

/** What was committed is still there after the server stops and starts again (H2 file, or PostgreSQL). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String SERVER = "restartable";
    private static final String BASE = "http://localhost:8280";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = SERVER, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void anAccountCreatedBeforeARestartIsThereAfterIt() throws Exception {
        String username = "restart." + Long.toHexString(System.nanoTime());
        controller.start(SERVER);
        try {
            deployer.deploy(SERVER);
            var created = Platform.send(HttpRequest.newBuilder(URI.create(BASE + "/fixtures/accounts"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username)));
            assertEquals(200, created.statusCode());

            controller.stop(SERVER);
            controller.start(SERVER);

            assertEquals(200, Platform.get(BASE + "/api/v1/health").statusCode(), "the EAR came back with the server");
            String actions = Platform.get(BASE + "/fixtures/accounts?username=" + username).body();
            assertEquals("account.create", actions, "the account and its audit entry survived");
            assertTrue(Platform.getAsSystem(BASE + "/api/v1/calendar/years").body().contains("2026"));
            deployer.undeploy(SERVER);
        } finally {
            controller.stop(SERVER);
        }
    }
}
