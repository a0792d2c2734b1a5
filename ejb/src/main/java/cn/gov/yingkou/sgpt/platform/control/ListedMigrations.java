package cn.gov.yingkou.sgpt.platform.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway the migrations named in {@code db/migration/index.txt} instead of letting it scan the
 * classpath, which does not work reliably inside WildFly's virtual file system.
 */
public final class ListedMigrations implements ResourceProvider {

    public static final String FOLDER = "db/migration/";
    public static final String INDEX = FOLDER + "index.txt";

    private final ClassLoader loader;
    private final List<String> names;

    public ListedMigrations(ClassLoader loader) {
        this.loader = loader;
        this.names = readIndex(loader);
    }

    public List<String> names() {
        return names;
    }

    @Override
    public LoadableResource getResource(String name) {
        String bare = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
        return names.contains(bare) ? new Listed(bare) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                found.add(new Listed(name));
            }
        }
        return found;
    }

    private static List<String> readIndex(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(INDEX);
        if (in == null) {
            throw new IllegalStateException(INDEX + " is missing from the deployment");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Listed extends LoadableResource {
        private final String name;

        Listed(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(FOLDER + name);
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is listed in " + INDEX + " but missing");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
