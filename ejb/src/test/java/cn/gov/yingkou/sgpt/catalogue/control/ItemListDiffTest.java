package cn.gov.yingkou.sgpt.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.catalogue.entity.ListedItem;

class ItemListDiffTest {

    private static final ListedItem FOOD = new ListedItem("000105001000", "食品经营许可", 12);
    private static final ListedItem DRUGS = new ListedItem("000105002000", "药品零售企业许可", 12);
    private static final ListedItem BUILD = new ListedItem("000112001000", "建筑工程施工许可", 14);

    @Test
    void namesAddedRemovedAndChangedItemsByCode() {
        ListedItem renamed = new ListedItem("000105001000", "食品经营许可（含仅销售预包装食品备案）", 12);
        ListedItem moved = new ListedItem("000112001000", "建筑工程施工许可", 15);
        ItemListDiff diff = ItemListDiff.between(List.of(FOOD, DRUGS, BUILD), List.of(renamed, moved,
                new ListedItem("000114001000", "公共场所卫生许可", 16)));
        assertEquals(List.of("000114001000"), diff.added().stream().map(ListedItem::code).toList());
        assertEquals(List.of(DRUGS), diff.removed());
        assertEquals(2, diff.changed().size());
        assertEquals(FOOD, diff.changed().get(0).before());
        assertEquals(renamed, diff.changed().get(0).after());
        assertEquals(15, diff.changed().get(1).after().departmentId(), "a new competent department is a change");
    }

    @Test
    void identicalListsDifferInNothingWhateverTheOrder() {
        assertTrue(ItemListDiff.between(List.of(FOOD, DRUGS), List.of(DRUGS, FOOD)).isEmpty());
        assertEquals(List.of(FOOD, DRUGS), ItemListDiff.between(List.of(), List.of(FOOD, DRUGS)).added());
    }
}
