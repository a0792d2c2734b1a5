package cn.gov.yingkou.sgpt.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import cn.gov.yingkou.sgpt.supervision.control.RandomDraw;

/**
 * One random draw of 双随机 as a plan makes it: 10% of 200,000 holders weighted by risk grade (A–D: 1 to 4), two
 * inspectors each from a roster of 60, with recorded conflicts for 2,000 holders. Target: under 500 ms (the draw itself;
 * reading the register is the service's and measured with it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class RandomDrawBenchmark {

    private static final int HOLDERS = 200_000;

    private final List<RandomDraw.Candidate> register = new ArrayList<>(HOLDERS);
    private final List<String> roster = new ArrayList<>();
    private final Map<String, Set<String>> conflicts = new HashMap<>();
    private final SplittableRandom random = new SplittableRandom(2026);

    @Setup
    public void setUp() {
        for (int i = 0; i < 60; i++) {
            roster.add("检查员" + i);
        }
        for (int i = 0; i < HOLDERS; i++) {
            String key = String.format("JY221080%08d", i);
            register.add(new RandomDraw.Candidate(key, 1 + random.nextInt(4)));
            if (i % 100 == 0) {
                int first = random.nextInt(60);
                conflicts.put(key, Set.of(roster.get(first), roster.get((first + 1 + random.nextInt(59)) % 60)));
            }
        }
    }

    @Benchmark
    public List<RandomDraw.Drawn> drawTenPercent() {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return new RandomDraw(HexFormat.of().formatHex(seed)).draw(register, HOLDERS / 10, roster, 2, conflicts);
    }
}
