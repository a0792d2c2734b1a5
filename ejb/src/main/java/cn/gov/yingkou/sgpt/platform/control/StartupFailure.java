package cn.gov.yingkou.sgpt.platform.control;

/**
 * Stops the deployment with one readable message. It carries no stack trace on purpose: the operator needs
 * the JDBC URL and the cause, which the message holds, not the container's call chain.
 */
public class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupFailure(String message) {
        super(message, null, false, false);
    }
}
