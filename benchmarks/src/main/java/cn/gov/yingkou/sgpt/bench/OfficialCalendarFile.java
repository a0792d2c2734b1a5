package cn.gov.yingkou.sgpt.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;

/** The calendar the platform ships (2020–2026), read from the CSV inside the EJB module. */
final class OfficialCalendarFile {

    private OfficialCalendarFile() {
    }

    static WorkingDayCalendar load() {
        Set<Integer> years = new HashSet<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        var in = Objects.requireNonNull(OfficialCalendarFile.class.getResourceAsStream(
                "/calendar/cn-statutory-calendar-2020-2026.csv"));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).forEach(f -> {
                years.add(Integer.parseInt(f[3]));
                ("HOLIDAY".equals(f[1]) ? holidays : makeUps).add(LocalDate.parse(f[0]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(years, holidays, makeUps);
    }
}
