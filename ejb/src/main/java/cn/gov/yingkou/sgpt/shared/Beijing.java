package cn.gov.yingkou.sgpt.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** Every date and time a person reads is Beijing time (DESIGN.md §6); storage stays in instants. */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
