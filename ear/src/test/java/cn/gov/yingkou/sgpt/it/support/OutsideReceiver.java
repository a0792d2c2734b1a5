package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An industry system outside the platform's process (in the test's JVM), so that it outlives a server the test kills:
 * it keeps every message id it was called with, answers RECEIVED per the published contract, and can be told to refuse
 * until opened, to hold one chosen call until released, or to answer slower than the platform waits.
 */
public final class OutsideReceiver implements AutoCloseable {

    private static final Pattern MESSAGE_ID = Pattern.compile("messageId>([^<]+)</");
    private static final String RECEIVED = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<r:deliverResultResponse xmlns:r=\"http://sgpt.yingkou.gov.cn/ws/industry/v1\"><r:outcome>RECEIVED</r:outcome>"
            + "</r:deliverResultResponse></soap:Body></soap:Envelope>";

    private final HttpServer server;
    private final List<String> received = new ArrayList<>();
    private volatile boolean open;
    private volatile int holdAt = -1;
    private volatile long answerAfterMillis;
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    public OutsideReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/receiver", this::handle);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/receiver";
    }

    /** Until opened, every call gets HTTP 503 and is not kept. */
    public void open() {
        open = true;
    }

    /** The call that brings the count of calls kept to {@code count} is kept and then held until {@link #release}. */
    public void holdCall(int count) {
        holdAt = count;
    }

    public boolean awaitHolding(long seconds) throws InterruptedException {
        return holding.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
    }

    /** Each call is answered only after this long (beyond the platform's timeout: it gives up first). */
    public void answerAfter(long millis) {
        answerAfterMillis = millis;
    }

    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!open) {
            answer(exchange, 503, "down");
            return;
        }
        Matcher id = MESSAGE_ID.matcher(request);
        int count;
        synchronized (this) {
            received.add(id.find() ? id.group(1) : "?");
            count = received.size();
        }
        try {
            if (count == holdAt) {
                holding.countDown();
                released.await(120, TimeUnit.SECONDS);
            }
            if (answerAfterMillis > 0) {
                Thread.sleep(answerAfterMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer(exchange, 200, RECEIVED);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException callerGone) {
            // The platform gave up waiting, or was killed: nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
