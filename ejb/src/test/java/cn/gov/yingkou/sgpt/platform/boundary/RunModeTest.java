package cn.gov.yingkou.sgpt.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RunModeTest {

    @Test
    void productionUnlessDemoIsAskedFor() {
        assertEquals(RunMode.PRODUCTION, RunMode.parse(null));
        assertEquals(RunMode.PRODUCTION, RunMode.parse(" "));
        assertEquals(RunMode.PRODUCTION, RunMode.parse("production"));
        assertEquals(RunMode.DEMO, RunMode.parse("Demo"));
    }

    @Test
    void aMistypedModeStopsRatherThanGuessing() {
        var e = assertThrows(IllegalArgumentException.class, () -> RunMode.parse("dmeo"));
        assertEquals(true, e.getMessage().contains("dmeo"));
    }
}
