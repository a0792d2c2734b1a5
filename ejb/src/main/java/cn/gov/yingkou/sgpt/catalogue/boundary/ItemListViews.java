package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal and the interfaces show of a unit's item list and its versions. */
public final class ItemListViews {

    private ItemListViews() {
    }

    /** A version without its items (lists of versions, incremental reads). */
    public record VersionSummary(String unitCode, int number, String title, ListStatus status, boolean inForce,
            int itemCount, Instant createdAt, String createdBy, String approvalDocument, LocalDate approvedOn,
            LocalDate filedOn, LocalDate effectiveFrom, Instant changedAt) {
    }

    /** An item of a version, with the competent department that handed it over. */
    public record Item(String code, String name, String departmentCode, String departmentNameZh,
            String departmentNameEn) {
    }

    public record Opinion(String departmentCode, String departmentNameZh, String opinion, Instant submittedAt,
            String submittedBy) {
    }

    public record VersionDetail(VersionSummary summary, String evaluationRecord, LocalDate evaluatedOn,
            String evaluatedBy, List<Item> items, List<Opinion> opinions) {
    }

    /** The difference between two versions of one unit's list. */
    public record Difference(String unitCode, int from, int to, List<Item> added, List<Item> removed,
            List<ItemChange> changed) {
    }

    public record ItemChange(Item before, Item after) {
    }
}
