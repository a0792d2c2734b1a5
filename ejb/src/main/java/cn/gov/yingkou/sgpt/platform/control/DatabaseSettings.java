package cn.gov.yingkou.sgpt.platform.control;

/**
 * What the server configuration says about the database, for messages. The datasource itself is defined
 * by config/datasource-*.cli, which also sets these system properties from the same values.
 */
public final class DatabaseSettings {

    private DatabaseSettings() {
    }

    public static String jdbcUrl() {
        return System.getProperty("sgpt.db.url", "(sgpt.db.url not set)");
    }

    /** The innermost cause's message: "Connection refused", "password authentication failed", … */
    public static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}
