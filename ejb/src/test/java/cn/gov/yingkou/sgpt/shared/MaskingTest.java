package cn.gov.yingkou.sgpt.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void anIdNumberKeepsItsFirstAndLastFourCharacters() {
        assertEquals("2101**********1234", Masking.identifier("210102199001011234"));
        assertEquals("1101**********002X", Masking.identifier("11010519491231002X"));
    }

    @Test
    void aPhoneKeepsItsFirstThreeAndLastFourDigitsAndItsSeparators() {
        assertEquals("139****0000", Masking.phone("13900000000"));
        assertEquals("041*-***1234", Masking.phone("0417-2801234"));
    }

    @Test
    void whatIsTooShortToKeepBothEndsIsMaskedWhole() {
        assertEquals("*******", Masking.identifier("1234567"));
        assertEquals("***-****", Masking.phone("123-4567"));
        assertNull(Masking.phone(null));
        assertEquals("", Masking.identifier(""));
    }
}
