package cn.gov.yingkou.sgpt.licensing.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 公民身份号码 (GB 11643-1999): six digits of the address code, the birth date yyyyMMdd, a three-digit
 * sequence and a check character (0–9 or X) computed modulo 11 from the first seventeen digits.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    /** The number with a capital X, or a refusal saying what is wrong with it; {@code today} bounds the birth date. */
    public static String require(String raw, LocalDate today) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!number.matches("[0-9]{17}[0-9X]")) {
            throw refused(number, "须为17位数字加1位数字或X", "must be 17 digits and a digit or X");
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            throw refused(number, "出生日期无效", "holds an impossible birth date");
        }
        if (born.isAfter(today) || born.getYear() < 1850) {
            throw refused(number, "出生日期无效", "holds an impossible birth date");
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            throw refused(number, "校验码错误", "has a wrong check digit");
        }
        return number;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static IllegalArgumentException refused(String number, String zh, String en) {
        return new IllegalArgumentException("身份证号码 " + number + " " + zh + " / The resident identity number " + number + " " + en);
    }
}
