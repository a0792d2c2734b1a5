package cn.gov.yingkou.sgpt.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SortingTest {

    private static final Map<String, String> COLUMNS = Map.of("number", "l.number", "issuedAt", "l.issuedAt");

    @Test
    void aListedColumnSortsWithATieBreakInTheSameDirection() {
        assertEquals(" order by l.number desc, l.id desc",
                Sorting.orderBy(new Sorting("number", false), COLUMNS, "l.issuedAt desc, l.id desc", "l.id"));
        assertEquals(" order by l.issuedAt asc, l.id asc",
                Sorting.orderBy(new Sorting("issuedAt", true), COLUMNS, "l.issuedAt desc, l.id desc", "l.id"));
        assertEquals(" order by l.issuedAt desc, l.id desc", Sorting.orderBy(null, COLUMNS, "l.issuedAt desc, l.id desc",
                "l.id"), "the list's own order");
    }

    @Test
    void anyOtherColumnIsRefusedNamingTheSortableOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Sorting.orderBy(
                new Sorting("l.id; drop table audit_entry", true), COLUMNS, "l.id", "l.id"));
        assertTrue(refused.getMessage().contains("number") && refused.getMessage().contains("issuedAt"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Sorting(" ", true));
    }
}
