package cn.gov.yingkou.sgpt.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class FieldChecksTest {

    private static String refuse(String why) {
        throw new IllegalArgumentException(why + " / " + why);
    }

    @Test
    void everyBadFieldIsNamedOnceWithItsPath() {
        FieldChecks checks = new FieldChecks();
        assertEquals("ok", checks.check("name", () -> "ok"));
        assertNull(checks.check("time", () -> refuse("unparsable")));
        checks.check("block", () -> {
            throw new InvalidFields(List.of(new FieldProblem("inner", "bad / bad"), new FieldProblem("other", "worse / worse")));
        });
        checks.require("time", false, "missing / missing");
        checks.require("block", false, "the block is missing / missing");
        checks.require("rule", 1 > 2, "out of order / out of order");

        InvalidFields refused = assertThrows(InvalidFields.class, checks::refuseIfAny);
        assertEquals(List.of("time", "block.inner", "block.other", "rule"),
                refused.problems().stream().map(FieldProblem::field).toList(),
                "the first problem of a field stands; a block refused within is not also called missing");
        assertEquals("unparsable / unparsable", refused.problems().get(0).message());
        assertEquals("time: unparsable / unparsable；block.inner: bad / bad；block.other: worse / worse；rule: out of order / "
                + "out of order", refused.getMessage());
    }

    @Test
    void aNestedObjectMergedWithoutANameKeepsItsPaths() {
        FieldChecks checks = new FieldChecks();
        checks.check("", () -> {
            throw new InvalidFields(List.of(new FieldProblem("itemCode", "x / x")));
        });
        checks.check("", () -> refuse("whole request"));
        InvalidFields refused = assertThrows(InvalidFields.class, checks::refuseIfAny);
        assertEquals(List.of("itemCode", ""), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("itemCode: x / x；whole request / whole request", refused.getMessage());
    }

    @Test
    void nothingWrongRefusesNothing() {
        FieldChecks checks = new FieldChecks();
        checks.require("rule", true, "never");
        assertDoesNotThrow(checks::refuseIfAny);
    }
}
