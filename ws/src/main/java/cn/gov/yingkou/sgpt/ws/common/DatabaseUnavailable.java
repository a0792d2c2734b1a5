package cn.gov.yingkou.sgpt.ws.common;

import java.sql.SQLException;

/**
 * Whether a failure is the database being out of reach (restarting, a connection cut, the pool unable to connect):
 * nothing was done and the same request, sent again with its message id, will succeed once it is back. Such a
 * failure is answered SGPT-SYS-503, which a client retries, rather than SGPT-SYS-500.
 */
public final class DatabaseUnavailable {

    public static final String DETAIL = "数据库暂不可达，未执行任何操作，请以同一消息编号重试 / The database is out of reach; "
            + "nothing was done: send the request again with its message id";

    /** Narayana's "Could not commit transaction": the one resource, the database, failed the commit. */
    static final String COMMIT_FAILED = "ARJUNA016053";

    private DatabaseUnavailable() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                // Connection exceptions (08…), and the server shutting down or a backend terminated (57P…).
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith(".JDBCConnectionException") || type.startsWith("jakarta.resource.")) {
                return true;
            }
            if (type.equals("jakarta.transaction.RollbackException") && t.getCause() == null
                    && String.valueOf(t.getMessage()).contains(COMMIT_FAILED)) {
                // The database failed the commit itself; the transaction manager logs why and keeps it out of the chain.
                return true;
            }
        }
        return false;
    }
}
