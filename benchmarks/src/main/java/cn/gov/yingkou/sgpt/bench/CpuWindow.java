package cn.gov.yingkou.sgpt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time the platform's server (the WildFly process, found by jboss-modules.jar on its command line) and the
 * PostgreSQL processes spent over a load run's measured phase, read from /proc at its start and end by a thread that
 * waits out the warm-up: divided by the operations measured, the CPU an operation costs each side.
 */
final class CpuWindow {

    /** Linux reports process times in clock ticks, 100 a second on every platform it runs on here. */
    private static final double TICKS = 100.0;

    private final Thread sampler;
    private volatile double[] start;
    private volatile double[] end;

    private CpuWindow(Duration warmUp, Duration measured) {
        sampler = new Thread(() -> {
            try {
                Thread.sleep(warmUp.toMillis());
                start = sample();
                Thread.sleep(measured.toMillis());
                end = sample();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpu-window");
        sampler.setDaemon(true);
    }

    /** Starts sampling now, with the load run that starts now. */
    static CpuWindow over(Duration warmUp, Duration measured) {
        CpuWindow window = new CpuWindow(warmUp, measured);
        window.sampler.start();
        return window;
    }

    /** Milliseconds of server and database CPU per operation, printed under the run's figures. */
    void print(String name, long operations) throws InterruptedException {
        sampler.join();
        if (start == null || end == null || operations == 0) {
            System.out.println("  CPU of " + name + ": not measured");
            return;
        }
        double server = (end[0] - start[0]) * 1000 / operations;
        double database = (end[1] - start[1]) * 1000 / operations;
        System.out.printf("  CPU a call of %s: server %.2f ms, PostgreSQL %.2f ms (%.1f s and %.1f s over the measured "
                + "phase)%n", name, server, database, end[0] - start[0], end[1] - start[1]);
    }

    private static double[] sample() {
        double server = 0;
        double database = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
                    if (comm.startsWith("postgres")) {
                        database += seconds;
                    } else if (Files.readString(process.resolve("cmdline")).contains("jboss-modules.jar")) {
                        server += seconds;
                    }
                } catch (IOException | RuntimeException gone) {
                    // The process ended between the listing and the read: it is no longer part of either side.
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("/proc cannot be read", e);
        }
        return new double[] {server, database};
    }
}
