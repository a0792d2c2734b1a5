package cn.gov.yingkou.sgpt.duty.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.entity.DepartmentRole;

class DepartmentRecordTest {

    private static final DepartmentRef MARKET = new DepartmentRef(2, "210800-SCJG", 1, "210800", "营口市市场监督管理局",
            "Market", DepartmentRole.COMPETENT_DEPARTMENT);

    @Test
    void failedDutiesAreTheOverdueAndTheLateOnes() {
        assertEquals(5, new DutyMonitor.DepartmentRecord(MARKET, 7, 2, 10, 3).failed());
    }

    @Test
    void theShareOnTimeIsOfTheDutiesWhoseDeadlineIsDecided() {
        assertEquals(67, new DutyMonitor.DepartmentRecord(MARKET, 50, 1, 2, 0).onTimePercent(), "open ones do not count");
        assertEquals(100, new DutyMonitor.DepartmentRecord(MARKET, 0, 0, 4, 0).onTimePercent());
        assertEquals(0, new DutyMonitor.DepartmentRecord(MARKET, 0, 1, 0, 1).onTimePercent());
        assertEquals(-1, new DutyMonitor.DepartmentRecord(MARKET, 3, 0, 0, 0).onTimePercent(), "nothing decided yet");
    }
}
