package cn.gov.yingkou.sgpt.supervision.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The random draw of 双随机、一公开: which holders are inspected, and by which inspectors, from a seed alone. Every
 * holder's chance comes from SHA-256 of the seed and the holder's key, so the draw does not depend on the order the
 * register is read in, and anyone holding the seed, the population and the roster can recompute it with any SHA-256
 * (the seed is sealed in the audit trail before the draw). Holders are drawn without replacement in proportion to their
 * weight (Efraimidis–Spirakis: the largest ln(u)/w); each drawn holder gets its inspectors by a shuffle of the roster
 * driven by SHA-256 of the seed and the holder, leaving out any with a recorded conflict with that holder.
 */
public final class RandomDraw {

    /** A holder that may be drawn, by its key (a licence number), with its weight (1 or more: its risk grade's). */
    public record Candidate(String key, int weight) {
        public Candidate {
            if (key == null || key.isBlank() || weight < 1) {
                throw new IllegalArgumentException("A candidate needs a key and a weight of 1 or more");
            }
        }
    }

    /** A drawn holder and the inspectors drawn for it, in the order drawn. */
    public record Drawn(String key, List<String> inspectors) {
    }

    private final byte[] seed;

    public RandomDraw(String seedHex) {
        this.seed = HexFormat.of().parseHex(seedHex);
        if (seed.length < 16) {
            throw new IllegalArgumentException("A seed has at least 128 bits");
        }
    }

    /**
     * Draws {@code count} of the candidates and {@code perHolder} inspectors for each from the roster; {@code conflicts}
     * holds, per holder key, the inspectors who may not inspect it. Refused when there are fewer candidates than asked
     * for, or a holder has fewer inspectors free of conflict than it needs.
     */
    public List<Drawn> draw(List<Candidate> candidates, int count, List<String> roster, int perHolder,
            Map<String, Set<String>> conflicts) {
        if (count < 1 || count > candidates.size()) {
            throw new IllegalArgumentException("抽取户数须在 1 至 " + candidates.size() + " 之间 / The plan must draw from 1 to "
                    + candidates.size() + " holders; it asks for " + count);
        }
        if (perHolder < 1 || perHolder > roster.size()) {
            throw new IllegalArgumentException("每户检查人员须在 1 至 " + roster.size() + " 名之间 / Each holder needs from 1 to "
                    + roster.size() + " inspectors of the roster; the plan asks for " + perHolder);
        }
        List<Drawn> drawn = new ArrayList<>(count);
        for (Scored holder : topByScore(candidates, count)) {
            drawn.add(new Drawn(holder.key(), inspectorsFor(holder.key(), roster, perHolder,
                    conflicts.getOrDefault(holder.key(), Set.of()))));
        }
        return drawn;
    }

    private record Scored(String key, double score) {
    }

    /** The {@code count} highest ln(u)/w, highest first; ties (practically impossible) broken by key. */
    private List<Scored> topByScore(List<Candidate> candidates, int count) {
        Comparator<Scored> order = Comparator.comparingDouble(Scored::score).thenComparing(Scored::key,
                Comparator.reverseOrder());
        PriorityQueue<Scored> kept = new PriorityQueue<>(count + 1, order);
        MessageDigest sha = sha256();
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            if (!seen.add(c.key())) {
                throw new IllegalArgumentException("A holder stands in the population twice: " + c.key());
            }
            Scored s = new Scored(c.key(), Math.log(uniform(sha, "holder", c.key())) / c.weight());
            if (kept.size() < count) {
                kept.add(s);
            } else if (order.compare(s, kept.peek()) > 0) {
                kept.poll();
                kept.add(s);
            }
        }
        List<Scored> top = new ArrayList<>(kept);
        top.sort(order.reversed());
        return top;
    }

    /**
     * The first {@code perHolder} of a shuffle of the conflict-free roster (in name order) by SHA-256(seed | holder |
     * pick): a partial Fisher–Yates, one digest per inspector drawn.
     */
    private List<String> inspectorsFor(String holder, List<String> roster, int perHolder, Set<String> conflicted) {
        List<String> free = new ArrayList<>(roster.stream().filter(i -> !conflicted.contains(i)).sorted().toList());
        if (free.size() < perHolder) {
            throw new IllegalStateException("检查对象 " + holder + " 可派检查人员不足（回避后仅 " + free.size() + " 名）/ Only "
                    + free.size() + " inspectors of the roster are free of conflict with " + holder + "; "
                    + perHolder + " are needed");
        }
        MessageDigest sha = sha256();
        for (int pick = 0; pick < perHolder; pick++) {
            long bits = bits(sha, "inspector|" + holder, Integer.toString(pick));
            int chosen = pick + (int) Long.remainderUnsigned(bits, free.size() - pick);
            Collections.swap(free, pick, chosen);
        }
        return List.copyOf(free.subList(0, perHolder));
    }

    /** A number in (0, 1] from SHA-256(seed | purpose | key): its first 53 bits, plus one, over 2^53. */
    private double uniform(MessageDigest sha, String purpose, String key) {
        return ((bits(sha, purpose, key) >>> 11) + 1) / (double) (1L << 53);
    }

    /** The first 64 bits of SHA-256(seed | purpose | key), big-endian. */
    private long bits(MessageDigest sha, String purpose, String key) {
        sha.reset();
        sha.update(seed);
        sha.update((byte) '|');
        sha.update(purpose.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '|');
        byte[] h = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
        }
        return bits;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
