package cn.gov.yingkou.sgpt.platform.control;

/**
 * What the server configuration says about the database, for messages. The datasource is defined by
 * config/datasource-*.cli with the URL {@code ${sgpt.db.url:${sgpt.db.default-url}}}: the build's URL
 * unless the operator starts the server with -Dsgpt.db.url.
 */
public final class DatabaseSettings {

    private DatabaseSettings() {
    }

    public static String jdbcUrl() {
        String url = System.getProperty("sgpt.db.url", System.getProperty("sgpt.db.default-url"));
        return url == null ? "(sgpt.db.url not set)" : url;
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
