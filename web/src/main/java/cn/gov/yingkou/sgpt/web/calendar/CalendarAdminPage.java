package cn.gov.yingkou.sgpt.web.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.calendar.boundary.CalendarAdministration;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarDayView;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.DayKind;
import cn.gov.yingkou.sgpt.calendar.boundary.YearView;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.web.faces.Feedback;
import cn.gov.yingkou.sgpt.web.session.CurrentUser;

/**
 * Administrators load a year, edit its holidays and make-up working days, and publish it. The rules on
 * what is acceptable live in {@link CalendarAdministration}; this bean only collects the rows.
 */
@Named
@ViewScoped
public class CalendarAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    CalendarAdministration administration;

    @Inject
    CurrentUser user;

    private int year;
    private boolean published;
    private String source;
    private final List<Row> rows = new ArrayList<>();

    /** One editable line of the arrangement. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private DayKind kind = DayKind.HOLIDAY;
        private String name;

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public DayKind getKind() { return kind; }
        public void setKind(DayKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    @PostConstruct
    void init() {
        year = LocalDate.now(Beijing.ZONE).getYear();
        load();
    }

    public void load() {
        YearView view = calendar.year(user.caller(), year);
        published = view.published();
        source = view.source();
        rows.clear();
        for (CalendarDayView day : view.days()) {
            Row row = new Row();
            row.day = day.day();
            row.kind = day.kind();
            row.name = day.name();
            rows.add(row);
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void publish() {
        List<CalendarDayView> days = rows.stream().map(r -> new CalendarDayView(r.day, r.kind, r.name)).toList();
        if (Feedback.attempt(() -> administration.publish(year, source, days, user.caller()), "calendar.published",
                Integer.toString(year))) {
            load();
        }
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    /** The year as month grids with the rows' days marked, as loaded or as edited so far (rows without a date left out). */
    public List<YearGrid.Month> getMonths() {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        Map<LocalDate, String> names = new HashMap<>();
        for (Row row : rows) {
            if (row.day != null && row.day.getYear() == year && row.kind != null) {
                kinds.put(row.day, row.kind);
                if (row.name != null) {
                    names.put(row.day, row.name);
                }
            }
        }
        return YearGrid.of(year, kinds, names);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isPublished() { return published; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public List<Row> getRows() { return rows; }
}
