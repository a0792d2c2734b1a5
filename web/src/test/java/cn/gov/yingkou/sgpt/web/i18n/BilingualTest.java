package cn.gov.yingkou.sgpt.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BilingualTest {

    @Test
    void theReaderGetsTheirHalf() {
        String refusal = "联系电话格式不正确：abc / The contact phone is not a phone number: abc";
        assertEquals("联系电话格式不正确：abc", Bilingual.half(refusal, false));
        assertEquals("The contact phone is not a phone number: abc", Bilingual.half(refusal, true));
    }

    @Test
    void aTextInOneLanguageIsShownAsItIs() {
        assertEquals("经营场所不符合要求", Bilingual.half("经营场所不符合要求", true));
        assertEquals("2026-12-01/2026-12-31", Bilingual.half("2026-12-01/2026-12-31", false), "a slash is no separator");
        assertNull(Bilingual.half(null, false));
    }
}
