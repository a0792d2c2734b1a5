package cn.gov.yingkou.sgpt.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.supervision.control.RandomDraw.Candidate;
import cn.gov.yingkou.sgpt.supervision.control.RandomDraw.Drawn;

/** The random draw of 双随机: reproducible from its seed, fair to its share, moved by weight, blind to conflicts. */
class RandomDrawTest {

    private static final List<String> ROSTER = List.of("王一", "李二", "张三", "赵四", "钱五", "孙六");

    private static String seed(int n) {
        byte[] bytes = new byte[32];
        new Random(n).nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static List<Candidate> population(int size) {
        return IntStream.range(0, size).mapToObj(i -> new Candidate("JY2210800" + String.format("%06d", i), 1)).toList();
    }

    @Test
    void theSameSeedGivesTheSameDrawWhateverOrderTheRegisterIsReadIn() {
        List<Candidate> register = population(500);
        List<Candidate> shuffled = new ArrayList<>(register);
        Collections.shuffle(shuffled, new Random(7));
        List<Drawn> first = new RandomDraw(seed(1)).draw(register, 50, ROSTER, 2, Map.of());
        assertEquals(first, new RandomDraw(seed(1)).draw(shuffled, 50, ROSTER, 2, Map.of()));
        assertEquals(50, first.size());
        assertEquals(50, first.stream().map(Drawn::key).distinct().count(), "no holder twice");
        assertTrue(first.stream().allMatch(d -> d.inspectors().size() == 2
                && !d.inspectors().get(0).equals(d.inspectors().get(1))), "two different inspectors each");
        assertNotEquals(first, new RandomDraw(seed(2)).draw(register, 50, ROSTER, 2, Map.of()), "another seed, another draw");
    }

    @Test
    void overManyDrawsEveryHolderIsDrawnAtThePlansShare() {
        List<Candidate> register = population(400);
        Map<String, Integer> times = new HashMap<>();
        int draws = 400;
        for (int n = 0; n < draws; n++) {
            new RandomDraw(seed(100 + n)).draw(register, 40, ROSTER, 1, Map.of())
                    .forEach(d -> times.merge(d.key(), 1, Integer::sum));
        }
        double expected = draws * 0.1;
        double mean = register.stream().mapToInt(c -> times.getOrDefault(c.key(), 0)).average().orElseThrow();
        assertEquals(expected, mean, 1e-9, "exactly the share in each draw");
        long far = register.stream().filter(c -> Math.abs(times.getOrDefault(c.key(), 0) - expected) > 5 * Math.sqrt(
                expected * 0.9)).count();
        assertEquals(0, far, "no holder drawn far more or less often than its share (5 standard deviations)");
    }

    @Test
    void aHeavierGradeIsDrawnMeasurablyMoreOften() {
        List<Candidate> register = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            register.add(new Candidate("A" + i, 1));
            register.add(new Candidate("D" + i, 4));
        }
        int light = 0;
        int heavy = 0;
        for (int n = 0; n < 200; n++) {
            for (Drawn d : new RandomDraw(seed(1000 + n)).draw(register, 60, ROSTER, 1, Map.of())) {
                if (d.key().startsWith("D")) {
                    heavy++;
                } else {
                    light++;
                }
            }
        }
        double ratio = heavy / (double) light;
        assertTrue(ratio > 3 && ratio < 5, "weight 4 against 1 at a 10% share: drawn about four times as often, was "
                + ratio);
    }

    @Test
    void anInspectorWithAConflictIsNeverSentToThatHolder() {
        List<Candidate> register = population(30);
        Map<String, Set<String>> conflicts = Map.of("JY2210800000003", Set.of("王一", "李二"),
                "JY2210800000007", Set.of("张三"));
        for (int n = 0; n < 200; n++) {
            for (Drawn d : new RandomDraw(seed(5000 + n)).draw(register, 30, ROSTER, 3, conflicts)) {
                assertTrue(Collections.disjoint(d.inspectors(), conflicts.getOrDefault(d.key(), Set.of())), d.toString());
            }
        }
        assertThrows(IllegalStateException.class, () -> new RandomDraw(seed(1)).draw(register, 30, ROSTER, 5,
                Map.of("JY2210800000003", Set.of("王一", "李二"))), "too few free of conflict: refused, not shortened");
    }

    @Test
    void aPlanCannotDrawMoreHoldersOrInspectorsThanThereAre() {
        assertThrows(IllegalArgumentException.class, () -> new RandomDraw(seed(1)).draw(population(10), 11, ROSTER, 2,
                Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new RandomDraw(seed(1)).draw(population(10), 0, ROSTER, 2,
                Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new RandomDraw(seed(1)).draw(population(10), 5, ROSTER, 7,
                Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new RandomDraw("00ff"), "a seed too short to be a secret");
        List<Candidate> twice = new ArrayList<>(population(3));
        twice.add(new Candidate("JY2210800000001", 2));
        assertThrows(IllegalArgumentException.class, () -> new RandomDraw(seed(1)).draw(twice, 2, ROSTER, 1, Map.of()));
    }
}
