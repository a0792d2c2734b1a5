package cn.gov.yingkou.sgpt.platform.boundary;

import java.util.Locale;

/**
 * How this server was started. Demo mode loads the documented demo organisation and accounts; production
 * starts empty and never creates a credential by itself.
 */
public enum RunMode {
    DEMO, PRODUCTION;

    static final String PROPERTY = "sgpt.mode";

    public static RunMode current() {
        return parse(System.getProperty(PROPERTY));
    }

    static RunMode parse(String value) {
        if (value == null || value.isBlank()) {
            return PRODUCTION;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "demo" -> DEMO;
            case "production", "prod" -> PRODUCTION;
            default -> throw new IllegalArgumentException(
                    "系统属性 sgpt.mode 只能是 demo 或 production / sgpt.mode must be demo or production, was: " + value);
        };
    }
}
