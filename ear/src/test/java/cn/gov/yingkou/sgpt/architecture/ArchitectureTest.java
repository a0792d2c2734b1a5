package cn.gov.yingkou.sgpt.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The walls (Walls) over the compiled main classes of ejb, web and ws; a new context inherits them by living in the
 * same layout. Runs in the ear module's test phase of `mvn verify`, once every module is compiled.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.gov.yingkou.sgpt";

    private static JavaClasses platform;

    @BeforeAll
    static void importTheModules() {
        String locations = System.getProperty("sgpt.classes", "../ejb/target/classes,../web/target/classes,"
                + "../ws/target/classes");
        List<Path> paths = Arrays.stream(locations.split(",")).map(Path::of).toList();
        paths.forEach(p -> assertTrue(Files.isDirectory(p), "compile the modules first: no " + p.toAbsolutePath()));
        platform = new ClassFileImporter().importPaths(paths);
        assertTrue(platform.containPackage(ROOT + ".licensing.boundary") && platform.containPackage(ROOT + ".web.exchange")
                && platform.containPackage(ROOT + ".ws.exchange"), "every module's classes are imported");
    }

    /** Every wall of Walls.all, each a test named by its rule. */
    @TestFactory
    Stream<DynamicTest> theWallsHold() {
        return Walls.all(ROOT).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(platform)));
    }
}
