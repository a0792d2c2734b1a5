package cn.gov.yingkou.sgpt.licensing.boundary;

import cn.gov.yingkou.sgpt.shared.Texts;

/** The rule for a licence number an issuer gives: up to 64 letters, digits, Chinese characters and brackets. */
public final class LicenceNumbers {

    private LicenceNumbers() {
    }

    public static String checked(String number) {
        String given = Texts.required(number, 64, "证照编号 / licence number");
        if (!given.matches("[0-9A-Za-z\\p{IsHan}()（）〔〕\\[\\].\\-]+")) {
            throw new IllegalArgumentException("证照编号含有不允许的字符：" + given + " / The licence number holds characters "
                    + "that are not allowed: " + given);
        }
        return given;
    }
}
