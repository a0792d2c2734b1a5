package cn.gov.yingkou.sgpt.web.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.gov.yingkou.sgpt.calendar.boundary.DayKind;

/**
 * A year as twelve month grids, weeks from Monday, each day marked as the arrangement makes it: a holiday, a weekend
 * day worked instead, an ordinary weekend day or a working day. What an administrator checks an arrangement against
 * before publishing it.
 */
public final class YearGrid {

    /** How a day stands; its CSS class and legend key follow the name. */
    public enum Mark {
        WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY
    }

    /** A cell of a month's grid: a day of the month, or a blank before the first or after the last. */
    public record Cell(LocalDate day, Mark mark, String name) implements Serializable {

        public boolean isBlank() {
            return day == null;
        }

        /** The date, and the festival's name where the arrangement gives one. */
        public String getLabel() {
            return day == null ? "" : name == null ? day.toString() : day + " " + name;
        }

        public int getNumber() {
            return day == null ? 0 : day.getDayOfMonth();
        }
    }

    public record Month(int number, List<List<Cell>> weeks) implements Serializable {
    }

    private YearGrid() {
    }

    /** The year's months, with the given days marked (others by the day of the week) and named. */
    public static List<Month> of(int year, Map<LocalDate, DayKind> kinds, Map<LocalDate, String> names) {
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<Cell> cells = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1,
                    new Cell(null, null, null)));
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                cells.add(new Cell(day, mark(day, kinds.get(day)), names.get(day)));
            }
            while (cells.size() % 7 != 0) {
                cells.add(new Cell(null, null, null));
            }
            List<List<Cell>> weeks = new ArrayList<>();
            for (int from = 0; from < cells.size(); from += 7) {
                weeks.add(List.copyOf(cells.subList(from, from + 7)));
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    private static Mark mark(LocalDate day, DayKind kind) {
        if (kind == DayKind.HOLIDAY) {
            return Mark.HOLIDAY;
        }
        if (kind == DayKind.MAKEUP_WORKDAY) {
            return Mark.MAKEUP_WORKDAY;
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? Mark.WEEKEND
                : Mark.WORKDAY;
    }
}
