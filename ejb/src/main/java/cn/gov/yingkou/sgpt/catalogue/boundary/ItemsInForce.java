package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.ReferenceLookups;

/** An item as the unit's list in force today holds it: what implementation and push lists hang on. */
final class ItemsInForce {

    private ItemsInForce() {
    }

    static ListedItem require(EntityManager em, long unit, String itemCode) {
        return find(em, unit, itemCode).orElseThrow(() -> new IllegalArgumentException(
                "现行事项清单中没有事项 " + itemCode + " / The item list in force has no item " + itemCode));
    }

    /**
     * Two cached lookups, the version in force and then the one item in it, rather than the version with all its
     * items: every licence and push asks this, and a unit's list runs to hundreds of items, each of which would
     * otherwise be assembled and then compared at every flush of the caller's transaction.
     */
    static Optional<ListedItem> find(EntityManager em, long unit, String itemCode) {
        return ReferenceLookups.first(em.createNamedQuery("ItemListVersion.idInForce", Long.class)
                .setParameter("unit", unit).setParameter("day", Beijing.today()))
                .flatMap(version -> ReferenceLookups.first(em.createNamedQuery("ItemListVersion.listedItem",
                        ListedItem.class).setParameter("version", version).setParameter("code", itemCode)));
    }
}
