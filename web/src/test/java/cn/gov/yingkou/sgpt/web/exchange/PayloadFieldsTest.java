package cn.gov.yingkou.sgpt.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PayloadFieldsTest {

    private static final Map<String, String> ZH = Map.of("push.payload.applicantKind", "申请人类型",
            "application.kind.PERSON", "自然人", "push.payload.decision", "审批结果", "application.status.GRANTED", "准予许可",
            "push.payload.decidedAt", "决定时间", "push.payload.materials", "申请材料", "push.payload.certificateForm", "证照形式",
            "licences.form.ELECTRONIC", "电子证照");
    private static final Function<String, Optional<String>> MESSAGES = key -> Optional.ofNullable(ZH.get(key));

    @Test
    void eachFieldIsNamedAndWordedInTheUsersLanguageInThePushListsOrder() {
        var fields = PayloadFields.of("{\"applicantKind\":\"PERSON\",\"decision\":\"GRANTED\","
                + "\"decidedAt\":\"2026-11-09T01:00:00Z\",\"materials\":[\"申请书\",\"营业执照\"],"
                + "\"certificateForm\":\"ELECTRONIC\"}", MESSAGES);
        assertEquals(List.of(Map.entry("申请人类型", "自然人"), Map.entry("审批结果", "准予许可"),
                Map.entry("决定时间", "2026-11-09 09:00"), Map.entry("申请材料", "申请书；营业执照"),
                Map.entry("证照形式", "电子证照")), fields);
    }

    @Test
    void whatHasNoWordsIsShownAsItCame() {
        var fields = PayloadFields.of("{\"newField\":\"x\",\"applicantKind\":\"ROBOT\",\"decidedAt\":\"yesterday\","
                + "\"count\":3}", MESSAGES);
        assertEquals(List.of(Map.entry("newField", "x"), Map.entry("申请人类型", "ROBOT"), Map.entry("决定时间", "yesterday"),
                Map.entry("count", "3")), fields);
    }
}
