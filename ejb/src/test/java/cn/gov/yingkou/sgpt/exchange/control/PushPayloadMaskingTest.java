package cn.gov.yingkou.sgpt.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class PushPayloadMaskingTest {

    private static final String PERSONS = "{\"applicantName\":\"李四\",\"applicantKind\":\"PERSON\",\"applicantId\":"
            + "\"11010519491231002X\",\"contactName\":\"李四\",\"contactPhone\":\"13900000000\",\"licenceNumber\":\"JY1\"}";

    @Test
    void aPersonsIdAndTheContactsPhoneAreMaskedAndTheRestKept() {
        assertTrue(PushPayload.holdsPersonalData(PERSONS));
        JsonObject masked = Json.createReader(new StringReader(PushPayload.masked(PERSONS))).readObject();
        assertEquals("1101**********002X", masked.getString("applicantId"));
        assertEquals("139****0000", masked.getString("contactPhone"));
        assertEquals("李四", masked.getString("applicantName"));
        assertEquals("JY1", masked.getString("licenceNumber"));
    }

    @Test
    void anOrganisationsCodeIsPublicAndAPayloadWithoutContactHoldsNothingPersonal() {
        String organisation = "{\"applicantKind\":\"ORGANISATION\",\"applicantId\":\"91350100M000100Y43\"}";
        assertFalse(PushPayload.holdsPersonalData(organisation));
        assertEquals(organisation, PushPayload.masked(organisation));
        assertFalse(PushPayload.holdsPersonalData("{\"licenceNumber\":\"JY1\"}"));
        assertFalse(PushPayload.holdsPersonalData(null));
    }
}
