package cn.gov.yingkou.sgpt.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "127.0.0.1,          127.0.0.1,            true",
            "127.0.0.1,          127.0.0.2,            false",
            "10.20.0.0/16,       10.20.255.7,          true",
            "10.20.0.0/16,       10.21.0.1,            false",
            "10.20.30.40/16,     10.20.1.1,            true",
            "0.0.0.0/0,          203.0.113.9,          true",
            "192.168.1.0/24,     ::ffff:192.168.1.77,  true",
            "192.168.1.0/24,     ::1,                  false",
            "2001:db8::/32,      2001:db8:1::5,        true",
            "2001:db8::/32,      2001:db9::5,          false",
            "::1,                0:0:0:0:0:0:0:1,      true",
            "10.0.0.0/8,         not-an-address,       false",
            "10.0.0.0/8,         '',                   false"
    })
    void matchesAddressesInTheBlock(String range, String remote, boolean inside) {
        assertEquals(inside, AddressRange.parse(range).contains(remote));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.gov.cn", "10.0.0.256", "10.0.0.0/33", "10.0.0.0/", "::1/129",
            "10.0.0/8", "1.2.3.4/-1"})
    void refusesAnythingButLiteralAddressesAndBlocks(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(text));
        assertEquals(true, refused.getMessage().contains(" / Not an IP address or CIDR block"));
    }

    @ParameterizedTest
    @CsvSource({"10.20.30.40/16, 10.20.0.0/16", " 127.0.0.1 , 127.0.0.1", "2001:DB8::1/32, 2001:db8::/32",
            "0:0:0:0:0:0:0:1, ::1", "fe80:0:0:0:1:0:0:5, fe80::1:0:0:5", "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1"})
    void isStoredInCanonicalForm(String text, String canonical) {
        assertEquals(canonical, AddressRange.parse(text).toString());
    }
}
