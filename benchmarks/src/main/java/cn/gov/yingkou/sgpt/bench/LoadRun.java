package cn.gov.yingkou.sgpt.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: N clients, each calling as fast as its answers come back, for a warm-up and then a
 * measured period. Each client records every call's latency; failures are counted and the first one shown.
 */
final class LoadRun {

    /** One client's call; each client gets its own (SOAP ports and connections are not shared). */
    interface Call {
        void run(int client, long sequence) throws Exception;
    }

    interface CallFactory {
        Call create(int client) throws Exception;
    }

    record Figures(String name, long calls, long failures, double seconds, double p50Millis, double p99Millis) {

        double perSecond() {
            return calls / seconds;
        }

        void print() {
            System.out.printf("%-34s %,10.0f /s   p50 %6.1f ms   p99 %6.1f ms   (%,d calls, %,d failed)%n", name,
                    perSecond(), p50Millis, p99Millis, calls, failures);
        }
    }

    private LoadRun() {
    }

    static Figures run(String name, int clients, Duration warmUp, Duration measured, CallFactory factory)
            throws Exception {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            calls.add(factory.create(i));
        }
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        String[] firstFailure = new String[1];
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[client] = new long[1 << 16];
            Thread thread = new Thread(() -> {
                try {
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        try {
                            calls.get(client).run(client, sequence.incrementAndGet());
                        } catch (Exception e) {
                            if (now >= measureFrom && failures.getAndIncrement() == 0) {
                                firstFailure[0] = e.toString();
                            }
                            continue;
                        }
                        long took = System.nanoTime() - now;
                        if (now >= measureFrom) {
                            if (counts[client] == latencies[client].length) {
                                latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                            }
                            latencies[client][counts[client]++] = took;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, name + "-" + client);
            thread.start();
        }
        done.await();
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        if (firstFailure[0] != null) {
            System.out.println("  first failure of " + name + ": " + firstFailure[0]);
        }
        return new Figures(name, total, failures.get(), measured.toNanos() / 1e9, percentile(all, 0.50),
                percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }
}
