package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import cn.gov.yingkou.sgpt.catalogue.entity.ItemListVersion;
import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;
import cn.gov.yingkou.sgpt.shared.ReferenceLookups;

/** An item as the unit's list in force today holds it: what implementation and push lists hang on. */
final class ItemsInForce {

    private ItemsInForce() {
    }

    static ListedItem require(EntityManager em, long unit, String itemCode) {
        return find(em, unit, itemCode).orElseThrow(() -> new IllegalArgumentException(
                "现行事项清单中没有事项 " + itemCode + " / The item list in force has no item " + itemCode));
    }

    static Optional<ListedItem> find(EntityManager em, long unit, String itemCode) {
        return ReferenceLookups.first(em.createNamedQuery("ItemListVersion.inForce", ItemListVersion.class)
                .setParameter("unit", unit).setParameter("day", LocalDate.now(ZoneId.of("Asia/Shanghai"))))
                .flatMap(v -> v.item(itemCode));
    }
}
