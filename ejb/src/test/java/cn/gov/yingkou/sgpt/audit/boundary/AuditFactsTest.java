package cn.gov.yingkou.sgpt.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;

class AuditFactsTest {

    @Test
    void factsSurviveTheirEncodingWhateverTheValuesHold() {
        AuditFacts facts = AuditFacts.of("kind", DutyKind.START_SUPERVISION)
                .with("due", Instant.parse("2026-12-11T16:00:00Z"))
                .with("materials", List.of("营业执照", "平面图\\副本", "第二行\n第三行"))
                .with("note", "a=b; c\\nd");
        AuditFacts read = AuditFacts.decode(facts.encoded());
        assertEquals(facts, read);
        assertEquals("START_SUPERVISION", read.get("kind").orElseThrow());
        assertEquals("2026-12-11T16:00:00Z", read.get("due").orElseThrow());
        assertEquals(List.of("营业执照", "平面图\\副本", "第二行", "第三行"), AuditFacts.items(read.get("materials").orElseThrow()));
        assertEquals("a=b; c\\nd", read.get("note").orElseThrow());
    }

    @Test
    void aMissingValueIsNoFactAndNoFactsAreStoredAsNothing() {
        AuditFacts facts = AuditFacts.of("note", null);
        assertTrue(facts.isEmpty());
        assertNull(facts.encoded());
        assertTrue(AuditFacts.decode(null).isEmpty(), "entries written before facts were kept");
    }

    @Test
    void namesAreWordsAndTheEncodingStaysWithinItsColumn() {
        assertThrows(IllegalArgumentException.class, () -> AuditFacts.of("a=b", "x"));
        assertThrows(IllegalArgumentException.class, () -> AuditFacts.of("line\nbreak", "x"));
        AuditFacts many = AuditFacts.none();
        for (int i = 0; i < 10; i++) {
            many = many.with("f" + i, "字".repeat(2000));
        }
        assertTrue(many.encoded().length() <= AuditFacts.MAX_ENCODED, "cut to the column");
        assertTrue(AuditFacts.decode(many.encoded()).get("f0").orElseThrow().endsWith("…"), "a long value is cut visibly");
    }
}
