package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

import cn.gov.yingkou.sgpt.it.support.OutsideReceiver;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RestartableServer;

/**
 * Deliveries to an industry system outside the platform survive the server process being killed (SIGKILL, not a clean
 * stop) in the middle of a call, and a receiver slower than the platform waits holds no delivery for good.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryCrashIT {

    private static final String SERVER = RestartableServer.NAME;
    private static final String BASE = RestartableServer.BASE;
    private static final int PUSHES = 60;

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
    void aServerKilledDuringACallDeliversEveryPushAfterItsRestartTheOneCutOffAgainUnderItsMessageId() throws Exception {
        try (OutsideReceiver receiver = new OutsideReceiver()) {
            controller.start(SERVER);
            try {
                deployer.deploy(SERVER);
                String department = RestartableServer.deliveries("action=receiver&endpoint=" + receiver.endpoint());
                Map<String, String> pushOf = Arrays.stream(RestartableServer.deliveries("action=issue&department="
                        + department + "&count=" + PUSHES).split("\n")).map(line -> line.split(" "))
                        .collect(Collectors.toMap(line -> line[2], line -> line[0]));
                receiver.holdCall(PUSHES / 3);
                receiver.open();
                assertTrue(receiver.awaitHolding(120), "the deliveries reached the receiver");
                // The call before the held one is acknowledged while the held one is made: its outcome is kept in
                // the background, and a kill before that commit would (rightly) repeat it too.
                String before = pushOf.get(receiver.received().get(PUSHES / 3 - 2));
                await(() -> state(before).startsWith("DELIVERED"), Duration.ofSeconds(30), () -> state(before));

                kill();
                receiver.release();
                controller.start(SERVER);

                await(() -> receiver.received().stream().distinct().count() == PUSHES, Duration.ofSeconds(180),
                        () -> receiver.received().stream().distinct().count() + " of " + PUSHES + " received");
                List<String> calls = receiver.received();
                Map<String, Long> times = calls.stream().collect(Collectors.groupingBy(Function.identity(),
                        Collectors.counting()));
                assertEquals(pushOf.keySet(), times.keySet(), "every push, under its own message id, none other");
                List<String> repeated = times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                        .toList();
                assertEquals(List.of(calls.get(PUSHES / 3 - 1)), repeated,
                        "only the call cut off came again, under the same message id");
                String history = Platform.get(BASE + "/fixtures/deliveries?push=" + pushOf.get(repeated.get(0))).body();
                assertEquals("DELIVERED 2 UNKNOWN,RECEIVED", history, "the cut-off call is on record");
            } finally {
                leave();
            }
        }
    }

    @Test
    void aReceiverSlowerThanThePlatformWaitsFailsTheAttemptAndGetsItLater() throws Exception {
        try (OutsideReceiver receiver = new OutsideReceiver()) {
            controller.start(SERVER);
            try {
                deployer.deploy(SERVER);
                String department = RestartableServer.deliveries("action=receiver&endpoint=" + receiver.endpoint());
                receiver.answerAfter(6_000);
                receiver.open();
                String[] push = RestartableServer.deliveries("action=issue&department=" + department).split(" ");
                await(() -> state(push[0]).startsWith("PENDING 1"), Duration.ofSeconds(60), () -> state(push[0]));
                assertEquals("PENDING 1 FAILED", state(push[0]), "the platform gave up waiting");
                receiver.answerAfter(0);
                await(() -> state(push[0]).startsWith("DELIVERED"), Duration.ofSeconds(60), () -> state(push[0]));
                assertTrue(state(push[0]).endsWith("RECEIVED"), state(push[0]));
            } finally {
                leave();
            }
        }
    }

    /** Undeploys and stops, so that the next test finds the server as it found it, whatever this one did. */
    private void leave() {
        try {
            deployer.undeploy(SERVER);
        } finally {
            controller.stop(SERVER);
        }
    }

    /** SIGKILL to the restartable server's process: no shutdown hook, no transaction completed, nothing flushed. */
    private void kill() throws Exception {
        List<ProcessHandle> servers = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("jboss.node.name=restartable") && p.info().commandLine().orElse("").contains("/restart-base"))
                .toList();
        assertEquals(1, servers.size(), "the restartable server's process, and only it: " + servers);
        ProcessHandle server = servers.get(0);
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get();
        try {
            controller.stop(SERVER);
        } catch (RuntimeException alreadyDead) {
            // Arquillian finds the process gone; the container is stopped either way.
        }
    }

    private static String state(String push) {
        try {
            return Platform.get(BASE + "/fixtures/deliveries?push=" + push).body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static void await(BooleanSupplier done, Duration within, Supplier<String> state)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(within);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("gave up waiting: " + state.get());
            }
            Thread.sleep(250);
        }
    }
}
