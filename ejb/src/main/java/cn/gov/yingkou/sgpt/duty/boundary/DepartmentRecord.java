package cn.gov.yingkou.sgpt.duty.boundary;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;

/**
 * How a department's duties that arose in the period stand, in all and by kind of duty (approval duties and
 * supervision duties are named apart in a circular), the kinds in their statutory order.
 */
public record DepartmentRecord(DepartmentRef department, DutyTally total, SortedMap<DutyKind, DutyTally> byKind) {

    /** The kinds with their tallies, for a table. */
    public List<Map.Entry<DutyKind, DutyTally>> kinds() {
        return List.copyOf(byKind.entrySet());
    }
}
