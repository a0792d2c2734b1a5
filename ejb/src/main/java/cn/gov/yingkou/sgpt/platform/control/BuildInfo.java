package cn.gov.yingkou.sgpt.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts fixed at build time (filtered from the POM). */
public final class BuildInfo {

    private static final Properties BUILD = load();

    private BuildInfo() {
    }

    public static String version() {
        return BUILD.getProperty("version");
    }

    public static String serverRelease() {
        return BUILD.getProperty("wildfly");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/cn/gov/yingkou/sgpt/platform/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties missing from the EJB module");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
