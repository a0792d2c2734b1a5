package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RestartableServer;

/**
 * What was committed is still there after the server stops and starts again (H2 file, or PostgreSQL), and
 * deliveries that were waiting for an industry system go out after the restart, in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String SERVER = RestartableServer.NAME;
    private static final String BASE = RestartableServer.BASE;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = SERVER, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    /** One restart for both (a server start is the costliest step of the suite). */
    @Test
    void anAccountCreatedBeforeARestartIsThereAfterItAndDeliveriesPendingGoOutInOrder() throws Exception {
        String username = "restart." + Long.toHexString(System.nanoTime());
        controller.start(SERVER);
        try {
            deployer.deploy(SERVER);
            var created = Platform.send(HttpRequest.newBuilder(URI.create(BASE + "/fixtures/accounts"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username)));
            assertEquals(200, created.statusCode());
            String department = RestartableServer.deliveries("action=receiver");
            RestartableServer.deliveries("action=mode&department=" + department + "&mode=DOWN");
            String[] first = RestartableServer.deliveries("action=issue&department=" + department).split(" ");
            String[] second = RestartableServer.deliveries("action=issue&department=" + department).split(" ");
            awaitDelivery(first[0], state -> state.startsWith("PENDING") && !state.startsWith("PENDING 0"));

            Instant stopping = Instant.now();
            controller.stop(SERVER);
            controller.start(SERVER);

            var health = Platform.getAsSystem(BASE + "/api/v1/health");
            assertEquals(200, health.statusCode(), "the EAR came back with the server, healthy: " + health.body());
            assertTrue(oldestUnsealedSeconds(health.body()) < Duration.between(stopping, Instant.now()).toSeconds(),
                    "entries written before the stop were sealed as the server started: " + health.body());
            String actions = Platform.get(BASE + "/fixtures/accounts?username=" + username).body();
            assertEquals("account.create", actions, "the account and its audit entry survived");
            assertTrue(Platform.getAsSystem(BASE + "/api/v1/calendar/years").body().contains("2026"));

            // The test industry system came back up with the server (its mode is not kept).
            awaitDelivery(first[0], state -> state.startsWith("DELIVERED"));
            awaitDelivery(second[0], state -> state.equals("DELIVERED 1 RECEIVED"));
            String received = Platform.get(BASE + "/fixtures/deliveries?department=" + department).body();
            assertEquals(first[2] + " " + first[1] + " ", received.substring(0, first[2].length() + first[1].length() + 2),
                    "the first push first: " + received);
            assertTrue(received.contains(second[2] + " " + second[1] + " 1 RECEIVED true"), received);
            deployer.undeploy(SERVER);
        } finally {
            controller.stop(SERVER);
        }
    }

    private static long oldestUnsealedSeconds(String health) {
        Matcher seconds = Pattern.compile("\"oldestUnsealedSeconds\"\\s*:\\s*(-?\\d+)").matcher(health);
        assertTrue(seconds.find(), health);
        return Long.parseLong(seconds.group(1));
    }

    private static void awaitDelivery(String push, Predicate<String> done) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(90);
        String state = "";
        while (Instant.now().isBefore(giveUp)) {
            state = Platform.get(BASE + "/fixtures/deliveries?push=" + push).body();
            if (done.test(state)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("delivery of push " + push + " still " + state);
    }
}
