package cn.gov.yingkou.sgpt.bench;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;

/**
 * Due-date computations per second on one thread: random trigger instants across 2020–2026 and limits of
 * 1 to 20 working days, against the official calendar. Target: at least 5 million per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DueDateBenchmark {

    private static final int SIZE = 1 << 16;

    private WorkingDayCalendar calendar;
    private final Instant[] triggers = new Instant[SIZE];
    private final int[] limits = new int[SIZE];
    private int next;

    @Setup
    public void setUp() {
        calendar = OfficialCalendarFile.load();
        SplittableRandom random = new SplittableRandom(20201);
        long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < SIZE; i++) {
            triggers[i] = Instant.ofEpochSecond(random.nextLong(from, to));
            limits[i] = 1 + random.nextInt(20);
        }
    }

    @Benchmark
    public Deadline workingDaysAfter() {
        int i = next++ & (SIZE - 1);
        return calendar.workingDaysAfter(triggers[i], limits[i]);
    }
}
