package cn.gov.yingkou.sgpt.licensing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;

/** Check characters of the two identifiers an applicant gives, on published samples and their corruptions. */
class ApplicantIdentifierTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "92210802MA0Y1234XX", " 91350100m000100y43 "})
    void validCreditCodes(String code) {
        assertEquals(code.strip().toUpperCase(), ApplicantKind.ORGANISATION.requireIdentifier(code, TODAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y44  | wrong check character
            91350100M000100Y4   | must have 18 characters
            91350100M000100I43  | holds the character I
            913501000001000Y43Z | must have 18 characters
            91350100O000100Y43  | holds the character O
            """)
    void badCreditCodesAreRefusedWithTheReason(String code, String reason) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApplicantKind.ORGANISATION.requireIdentifier(code, TODAY));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertTrue(refused.getMessage().contains("统一社会信用代码"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010519491231002x", "210802199001011235"})
    void validIdentityNumbers(String number) {
        assertEquals(number.toUpperCase(), ApplicantKind.PERSON.requireIdentifier(number, TODAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            110105194912310021 | wrong check digit
            11010519491231002  | must be 17 digits
            1101051949123100AX | must be 17 digits
            110105194902300023 | impossible birth date
            110105203001010011 | impossible birth date
            """)
    void badIdentityNumbersAreRefusedWithTheReason(String number, String reason) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApplicantKind.PERSON.requireIdentifier(number, TODAY));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void everySingleCharacterChangeOfACreditCodeIsCaught() {
        String valid = "91350100M000100Y43";
        for (int i = 0; i < 18; i++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.require(changed), changed);
                }
            }
        }
    }
}
