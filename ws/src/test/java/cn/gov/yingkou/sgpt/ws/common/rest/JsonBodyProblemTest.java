package cn.gov.yingkou.sgpt.ws.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The messages below are what RESTEasy, Yasson and Parsson say; an integrator must see none of their internals. */
class JsonBodyProblemTest {

    @Test
    void brokenJsonIsPlacedByLineAndColumn() {
        var failure = new RuntimeException("RESTEASY008200: JSON Binding deserialization error: jakarta.json.bind."
                + "JsonbException: Internal error: Invalid token=EOF at (line no=1, column no=9, offset=8). Expected tokens"
                + " are: [CURLYOPEN, SQUAREOPEN, STRING, NUMBER, TRUE, FALSE, NULL]",
                new IllegalStateException("Invalid token=EOF at (line no=1, column no=9, offset=8)."));
        assertEquals("请求体不是合法的 JSON（第 1 行第 9 列）/ The body is not well-formed JSON (line 1, column 9)",
                JsonBodyProblem.describe(failure));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsFieldByPathAndNoClass() {
        var inner = new IllegalArgumentException("No enum constant cn.gov.yingkou.sgpt.catalogue.boundary.NoticeKind.GOSSIP");
        var failure = new RuntimeException("RESTEASY008200: JSON Binding deserialization error: jakarta.json.bind."
                + "JsonbException: Unable to deserialize property 'licence' because of: Unable to deserialize property "
                + "'validFrom' because of: Error parsing class java.time.LocalDate from value: 2026-13-01",
                new RuntimeException("Unable to deserialize property 'validFrom' because of: Error parsing", inner));
        String described = JsonBodyProblem.describe(failure);
        assertEquals("请求体 JSON 中字段 licence.validFrom 的值类型或格式不对 / In the JSON body, the field "
                + "licence.validFrom has a value of the wrong type or format", described);
        assertFalse(described.contains("java.") || described.contains("cn.gov") || described.contains("RESTEASY"));
    }

    @Test
    void aValueOutsideAnEnumIsNamedWithTheValuesAllowedAndNoClass() {
        var failure = new RuntimeException("RESTEASY008200: JSON Binding deserialization error: jakarta.json.bind."
                + "JsonbException: Internal error: No enum constant " + Colour.class.getCanonicalName() + ".PURPLE",
                new IllegalArgumentException("No enum constant " + Colour.class.getCanonicalName() + ".PURPLE"));
        assertEquals("请求体 JSON 中的值 PURPLE 不是允许的取值（RED, GREEN） / The value PURPLE in the JSON body is not one of "
                + "those allowed (RED, GREEN)", JsonBodyProblem.describe(failure));
    }

    enum Colour { RED, GREEN }

    @Test
    void anythingElseSaysOnlyThatTheBodyIsNotTheJsonExpected() {
        var failure = new RuntimeException("RESTEASY008200: cn.gov.yingkou.sgpt.ws.licensing.LicensingResource$FinishedBody");
        assertEquals("请求体不是所需格式的 JSON / The body is not the JSON expected", JsonBodyProblem.describe(failure));
    }
}
