package cn.gov.yingkou.sgpt.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak: the platform's mixed traffic at a steady rate for a long time — finished results from the provincial system,
 * the market bureau's industry system reading its inbox and signing, clerks viewing portal pages — each minute
 * reporting the calls, the errors, the latencies (p50, p99, measured from when each call was due, so a stalled server
 * shows) and the server's heap in use and resident memory. Targets: no errors, p99 flat, memory flat.
 *
 * <p>First the same mix is run closed-loop by 16 clients for two minutes (the first of them warm-up) to measure the
 * capacity; the soak then runs at half of it, in the mix's proportions. Arguments: baseUrl [minutes=30] and the mix's
 * weights [results=3] [inboxReads=3] [signs=2] [pageViews=1]. The server runs in demo mode on this machine (its process
 * is found by its command line, to read its memory with jstat and /proc).
 */
public final class SoakBenchmark {

    private static final String PROVINCIAL = basic("lnzw.system", "Yingkou2026-lnzw-system");
    private static final String MARKET = basic("scjg.system", "Yingkou2026-scjg-system");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' per-page script nonce, which its script posts back with every form (web.xml, primefaces.CSP). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"id\":(\\d+)");
    private static final String[] PAGES = {"/index.xhtml", "/exchange/inbox.xhtml", "/duties.xhtml"};

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ConcurrentLinkedQueue<Long> toSign = new ConcurrentLinkedQueue<>();
    private final List<HttpClient> clerks = new ArrayList<>();
    private final AtomicLong serial = new AtomicLong();
    private volatile Window window = new Window();

    /** One minute's calls: latencies in microseconds, and failures with the first one kept. */
    private static final class Window {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicLong failures = new AtomicLong();
        volatile String firstFailure;
    }

    private SoakBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        double[] weights = {arg(args, 2, 3), arg(args, 3, 3), arg(args, 4, 2), arg(args, 5, 1)};
        SoakBenchmark soak = new SoakBenchmark(base);
        double capacity = soak.capacity(weights);
        double total = Arrays.stream(weights).sum();
        soak.run(minutes, Arrays.stream(weights).map(w -> capacity / 2 * w / total).toArray());
    }

    private static double arg(String[] args, int index, double otherwise) {
        return args.length > index ? Double.parseDouble(args[index]) : otherwise;
    }

    /** Calls per second of the mix, closed-loop by 16 clients: one minute of warm-up, one measured. */
    private double capacity(double[] weights) throws Exception {
        for (int i = 0; i < 4; i++) {
            clerks.add(signedIn("scjg.clerk"));
        }
        List<Runnable> kinds = kinds();
        int[] deck = new int[(int) Arrays.stream(weights).sum()];
        for (int k = 0, at = 0; k < weights.length; k++) {
            for (int w = 0; w < weights[k]; w++) {
                deck[at++] = k;
            }
        }
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long measureFrom = System.nanoTime() + 60_000_000_000L;
        long end = measureFrom + 60_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (long n = client; System.nanoTime() < end; n++) {
                    boolean measured = System.nanoTime() >= measureFrom;
                    try {
                        kinds.get(deck[(int) (n % deck.length)]).run();
                        if (measured) {
                            done.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        if (measured) {
                            failed.incrementAndGet();
                        }
                    }
                }
            });
            thread.start();
            clients.add(thread);
        }
        for (Thread client : clients) {
            client.join();
        }
        double perSecond = done.get() / 60.0;
        System.out.printf("capacity of the mix (%s results : inbox reads : signs : page views), 16 clients closed-loop: "
                + "%.1f calls/s (%d failed)%n", Arrays.toString(weights), perSecond, failed.get());
        return perSecond;
    }

    private List<Runnable> kinds() {
        return List.of(this::submitResult, this::readInbox, this::sign, this::viewPage);
    }

    private void run(int minutes, double[] rates) throws Exception {
        Optional<ProcessHandle> server = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("jboss-modules.jar")).findFirst();
        System.out.printf("soak of %d min against %s: %.1f results/s, %.1f inbox reads/s, %.1f signs/s, %.1f page views/s;"
                + " server %s%n", minutes, base, rates[0], rates[1], rates[2], rates[3],
                server.map(p -> "pid " + p.pid()).orElse("not found on this machine"));
        System.out.println("minute      calls  errors   p50 ms   p99 ms  heap used MB   RSS MB");
        System.out.println("start           -       -        -        -  " + memory(server));
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        List<Runnable> kinds = kinds();
        for (int k = 0; k < kinds.size(); k++) {
            Runnable call = kinds.get(k);
            long periodMicros = (long) (1_000_000 / rates[k]);
            clock.scheduleAtFixedRate(() -> {
                long due = System.nanoTime();
                workers.execute(() -> timed(due, call));
            }, k * 7_000L, periodMicros, TimeUnit.MICROSECONDS);
        }
        long totalCalls = 0;
        long totalErrors = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(60_000);
            Window finished = window;
            window = new Window();
            long[] sorted = finished.micros.stream().mapToLong(Long::longValue).sorted().toArray();
            totalCalls += sorted.length + finished.failures.get();
            totalErrors += finished.failures.get();
            System.out.printf("%6d %10d %7d %8.1f %8.1f  %s%n", minute, sorted.length + finished.failures.get(),
                    finished.failures.get(), percentile(sorted, 0.50), percentile(sorted, 0.99), memory(server));
            if (finished.firstFailure != null) {
                System.out.println("       first error: " + finished.firstFailure);
            }
        }
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        System.out.printf("total: %,d calls, %,d errors%n", totalCalls, totalErrors);
    }

    private void timed(long due, Runnable call) {
        Window current = window;
        try {
            call.run();
            current.micros.add((System.nanoTime() - due) / 1_000);
        } catch (RuntimeException e) {
            if (current.failures.getAndIncrement() == 0) {
                current.firstFailure = e.getMessage();
            }
        }
    }

    /** The provincial system submits a finished food-business result (pushed at once to the market bureau). */
    private void submitResult() {
        String licence = "SOAK" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-" + serial.incrementAndGet();
        String body = "{\"messageId\":\"" + licence + "\",\"itemCode\":\"000105001000\",\"applicant\":{\"kind\":"
                + "\"ORGANISATION\",\"id\":\"91350100M000100Y43\",\"name\":\"营口浸泡测试食品店\",\"contactName\":\"王店长\","
                + "\"contactPhone\":\"0417-2801234\"},\"materials\":[\"申请书\"],\"acceptedAt\":\"2026-11-02T09:00:00+08:00\","
                + "\"decidedAt\":\"2026-11-09T09:00:00+08:00\",\"issuedAt\":\"2026-11-10T09:00:00+08:00\",\"licence\":{"
                + "\"number\":\"" + licence + "\",\"scope\":\"热食类食品制售\",\"validFrom\":\"2026-11-10\",\"form\":"
                + "\"ELECTRONIC\",\"certificateRef\":\"210800.JY.20261110.0001\"}}";
        expect(201, send(HttpRequest.newBuilder(URI.create(base + "/api/v1/licensing/units/210800/finished-results"))
                .header("Authorization", PROVINCIAL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), http));
    }

    /** The market bureau's industry system reads its pending pushes (the first page) and keeps them to sign. */
    private void readInbox() {
        HttpResponse<String> page = expect(200, send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/exchange/inbox?status=PUSHED&size=20")).header("Authorization", MARKET).GET(), http));
        if (toSign.size() < 200) {
            Matcher id = PUSH_ID.matcher(page.body());
            while (id.find()) {
                toSign.add(Long.parseLong(id.group(1)));
            }
        }
    }

    /** It signs for one (another reader may have signed it first: the signed push is the answer either way). */
    private void sign() {
        Long push = toSign.poll();
        if (push != null) {
            expect(200, send(HttpRequest.newBuilder(URI.create(base + "/api/v1/exchange/pushes/" + push + "/receipt"))
                    .header("Authorization", MARKET).POST(HttpRequest.BodyPublishers.noBody()), http));
        }
    }

    /** A signed-in market clerk opens a portal page: the home page, the inbox or the duty list. */
    private void viewPage() {
        long n = serial.incrementAndGet();
        HttpResponse<String> page = expect(200, send(HttpRequest.newBuilder(URI.create(base + PAGES[(int) (n % PAGES.length)]))
                .GET(), clerks.get((int) (n % clerks.size()))));
        if (page.body().contains("login:password")) {
            throw new IllegalStateException("the clerk's session was lost: the login page came back");
        }
    }

    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient clerk = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = clerk.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("no login form at " + base + "/login.xhtml");
        }
        Matcher nonce = NONCE.matcher(login);
        String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=Yingkou2026&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                + (nonce.find() ? "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<String> home = clerk.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (home.body().contains("login:password")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return clerk;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, HttpClient client) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + ": "
                    + response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
        }
        return response;
    }

    /** The server's heap in use (young, survivor and old, by jstat) and its resident set (/proc), in MB. */
    private static String memory(Optional<ProcessHandle> server) {
        if (server.isEmpty()) {
            return "           -        -";
        }
        long pid = server.get().pid();
        String heap = "-";
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
            jstat.waitFor(10, TimeUnit.SECONDS);
            List<String> names = Arrays.asList(lines[0].strip().split("\\s+"));
            String[] values = lines[1].strip().split("\\s+");
            double kb = 0;
            for (String used : List.of("S0U", "S1U", "EU", "OU")) {
                kb += Double.parseDouble(values[names.indexOf(used)]);
            }
            heap = String.format("%.0f", kb / 1024);
        } catch (IOException | RuntimeException e) {
            heap = "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String rss = "-";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = String.format("%.0f", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException e) {
            rss = "?";
        }
        return String.format("%12s %8s", heap, rss);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e3;
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
