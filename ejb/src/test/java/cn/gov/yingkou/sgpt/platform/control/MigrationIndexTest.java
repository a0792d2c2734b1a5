package cn.gov.yingkou.sgpt.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {

    private final ListedMigrations migrations = new ListedMigrations(getClass().getClassLoader());

    @Test
    void theIndexListsExactlyTheMigrationFilesInVersionOrder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    (a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        assertEquals(onDisk, migrations.names());
    }

    @Test
    void flywayFindsVersionedMigrationsByPrefixAndSuffix() throws IOException {
        var found = migrations.getResources("V", new String[] {".sql"});
        assertEquals(migrations.names().size(), found.size());
        LoadableResource first = found.iterator().next();
        try (Reader reader = first.read()) {
            assertTrue(reader.read() >= 0, "migration is readable");
        }
        assertTrue(migrations.getResources("R__", new String[] {".sql"}).isEmpty());
        assertNotNull(migrations.getResource(first.getFilename()));
        assertNull(migrations.getResource("V999__missing.sql"));
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
