package cn.gov.yingkou.sgpt.calendar.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;

/** The State Council arrangements 2020–2026 as the project ships them (calendar/*.csv). */
public final class OfficialCalendar {

    public static final String CSV = "/calendar/cn-statutory-calendar-2020-2026.csv";

    public record Row(LocalDate date, String kind, String name, int arrangementYear, String source) {
    }

    private OfficialCalendar() {
    }

    public static List<Row> rows() {
        var in = Objects.requireNonNull(OfficialCalendar.class.getResourceAsStream(CSV), CSV);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
                    .map(f -> new Row(LocalDate.parse(f[0]), f[1], f[2], Integer.parseInt(f[3]), f[4])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkingDayCalendar published(Set<Integer> years) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        for (Row row : rows()) {
            ("HOLIDAY".equals(row.kind()) ? holidays : makeUps).add(row.date());
        }
        return new WorkingDayCalendar(years, holidays, makeUps);
    }

    public static WorkingDayCalendar upTo2026() {
        return published(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026));
    }
}
