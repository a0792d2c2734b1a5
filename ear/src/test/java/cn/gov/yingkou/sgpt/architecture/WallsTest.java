package cn.gov.yingkou.sgpt.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** Each wall fails on a small tree (architecture.fixture) that breaks it, naming the offending file. */
class WallsTest {

    private static final String ROOT = "cn.gov.yingkou.sgpt.architecture.fixture";
    private static final JavaClasses TREE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void aCycleBetweenTwoContexts() {
        assertBreaks(Walls::contextsFormNoCycle, "alpha", "beta");
    }

    @Test
    void aControlClassThatCallsBackIntoItsBoundary() {
        assertBreaks(Walls::noFileCycleCrossesAPackage, "AlphaService", "AlphaWorkbook");
    }

    @Test
    void anotherContextsEntityOrControl() {
        assertBreaks(Walls::reachOtherContextsOnlyThroughTheirBoundary, "BetaRecord", "AlphaWorkbook");
    }

    @Test
    void aPageWithAnEntityManager() {
        assertBreaks(Walls::adaptersHoldNoPersistence, "EntityManager");
    }

    @Test
    void anInterfaceUsingThePortal() {
        assertBreaks(Walls::portalAndInterfacesAreApart, "AlphaEndpoint");
    }

    @Test
    void theKernelCallingAContext() {
        assertBreaks(Walls::kernelImportsNoBusinessContext, "Clock");
    }

    @Test
    void aContextCallingTheSeeding() {
        assertBreaks(Walls::nothingImportsTheSeeding, "Seed");
    }

    @Test
    void anAuditTrailThatAsksAnotherContext() {
        assertBreaks(Walls::auditIsALeaf, "Trail");
    }

    @Test
    void aPackageThatIsNoRole() {
        assertBreaks(Walls::contextsAreBoundaryControlEntity, "Helper");
    }

    @Test
    void anEntityOutsideTheEntityPackage() {
        assertBreaks(Walls::persistentStateLivesInEntityPackages, "Helper");
    }

    @Test
    void aRestResourceThatAnswersALostRaceWith500() {
        assertBreaks(Walls::restResourcesRetryLostRaces, "AlphaResource");
    }

    @Test
    void everyWallIsBrokenByTheFixtureSoThatNoneIsVacuous() {
        Walls.all(ROOT).forEach(rule -> assertTrue(rule.evaluate(TREE).hasViolation(), rule.getDescription()));
    }

    private static void assertBreaks(Function<String, ArchRule> rule, String... named) {
        EvaluationResult result = rule.apply(ROOT).evaluate(TREE);
        assertTrue(result.hasViolation(), "the fixture breaks " + rule.apply(ROOT).getDescription());
        String report = String.join("\n", result.getFailureReport().getDetails());
        for (String name : named) {
            assertTrue(report.contains(name), name + " is named in:\n" + report);
        }
    }
}
