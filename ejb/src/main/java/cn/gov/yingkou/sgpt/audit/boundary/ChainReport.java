package cn.gov.yingkou.sgpt.audit.boundary;

import java.time.Duration;

/**
 * The result of walking the audit chain: how many entries are sealed and intact, the hash of the last good
 * one, the first broken link if there is one, and how long the oldest unsealed entry has waited.
 */
public record ChainReport(boolean intact, long intactEntries, String lastGoodHash, Long brokenAt, String problem,
        Duration oldestUnsealed) {

    public static ChainReport intact(long entries, String headHash, Duration oldestUnsealed) {
        return new ChainReport(true, entries, headHash, null, null, oldestUnsealed);
    }

    public static ChainReport broken(long goodEntries, String lastGoodHash, long brokenAt, String problem,
            Duration oldestUnsealed) {
        return new ChainReport(false, goodEntries, lastGoodHash, brokenAt, problem, oldestUnsealed);
    }
}
