package cn.gov.yingkou.sgpt.web.publicform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How often one address may lodge on the public forms: a few complaints an hour, in this node's memory (a cluster
 * multiplies it by its nodes, which is still far below anything that floods a department). Nothing about the address
 * is kept beyond the hour.
 */
@ApplicationScoped
public class PublicRateLimit {

    /** Complaints from one address per hour; -Dsgpt.public.complaints.per-hour. */
    static final int PER_HOUR = Integer.getInteger("sgpt.public.complaints.per-hour", 5);
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Counts an attempt from the address; false when it has had its share this hour. */
    public boolean admit(String address) {
        Instant now = Instant.now();
        if (recent.size() > 10_000) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= PER_HOUR) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
