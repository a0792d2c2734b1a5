package cn.gov.yingkou.sgpt.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The seed migration holds exactly the official arrangements the project ships as data. */
class CalendarSeedTest {

    private static final Pattern DAY = Pattern.compile(
            "insert into cal_day \\(calendar_date, kind, name, arrangement_year\\) values \\(date '([0-9-]+)', '(\\w+)', '([^']+)', (\\d+)\\);");
    private static final Pattern YEAR = Pattern.compile(
            "insert into cal_year \\(arrangement_year, source, [^)]*\\) values \\((\\d+), '([^']+)',");

    @Test
    void theSeedMigrationMatchesTheOfficialCsv() throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V2__calendar.sql"), StandardCharsets.UTF_8);
        Set<String> seededDays = new TreeSet<>();
        Matcher days = DAY.matcher(sql);
        while (days.find()) {
            seededDays.add(days.group(1) + "," + days.group(2) + "," + days.group(3) + "," + days.group(4));
        }
        Set<String> officialDays = OfficialCalendar.rows().stream()
                .map(r -> r.date() + "," + r.kind() + "," + r.name() + "," + r.arrangementYear())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(officialDays, seededDays);

        Set<String> seededYears = new TreeSet<>();
        Matcher years = YEAR.matcher(sql);
        while (years.find()) {
            seededYears.add(years.group(1) + "," + years.group(2));
        }
        Set<String> officialYears = OfficialCalendar.rows().stream().map(r -> r.arrangementYear() + "," + r.source())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(officialYears, seededYears);
    }
}
