package cn.gov.yingkou.sgpt.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PushSummaryTest {

    @Test
    void aPushIsSummedUpByItsItemAndApplicant() {
        assertEquals("食品经营许可 · 张三", PushSummary.of("{\"itemName\":\"食品经营许可\",\"itemCode\":\"000105001000\","
                + "\"applicantName\":\"张三\",\"materials\":[\"申请书\"],\"licenceNumber\":\"JY1\"}"));
    }

    @Test
    void whatThePushListLeavesOutIsLeftOut() {
        assertEquals("张三", PushSummary.of("{\"applicantName\":\"张三\",\"licenceNumber\":\"JY1\"}"));
        assertEquals("", PushSummary.of("{\"licenceNumber\":\"JY1\"}"));
        assertEquals("食品经营许可", PushSummary.of("{\"itemName\":\"食品经营许可\",\"applicantName\":7}"), "not a name");
    }

    @Test
    void noPayloadOrAnUnreadableOneGivesAnEmptyLine() {
        assertEquals("", PushSummary.of(null));
        assertEquals("", PushSummary.of("not json"));
        assertEquals("", PushSummary.of("[1,2]"));
    }
}
