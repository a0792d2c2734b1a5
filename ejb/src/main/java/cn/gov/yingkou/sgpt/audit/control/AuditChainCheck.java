package cn.gov.yingkou.sgpt.audit.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;

import cn.gov.yingkou.sgpt.audit.boundary.ChainReport;

/**
 * Command-line check of the audit chain, for a database backup restored anywhere:
 * {@code java -cp sgpt-ejb.jar:bcprov.jar:<jdbc driver> cn.gov.yingkou.sgpt.audit.control.AuditChainCheck
 * <jdbc-url> <user> <password>}. Exit status 0 when intact, 1 when a link is broken, 2 on bad use.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AuditChainCheck <jdbc-url> <user> <password>");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            ChainReport report = AuditChainStore.verify(db, Instant.now());
            System.out.println(describe(report));
            System.exit(report.intact() ? 0 : 1);
        }
    }

    static String describe(ChainReport report) {
        String unsealed = "oldest unsealed entry waiting " + report.oldestUnsealed().toSeconds() + " s";
        return report.intact()
                ? "INTACT: " + report.intactEntries() + " sealed entries, head " + report.lastGoodHash() + "; " + unsealed
                : "BROKEN at entry " + report.brokenAt() + ": " + report.problem() + " (" + report.intactEntries()
                        + " entries intact before it, last good hash " + report.lastGoodHash() + "); " + unsealed;
    }
}
