package cn.gov.yingkou.sgpt.web.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.audit.entity.Channel;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarAdministration;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarDayView;
import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.YearView;
import cn.gov.yingkou.sgpt.calendar.entity.DayKind;

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
        year = LocalDate.now().getYear() + 1;
        load();
    }

    public void load() {
        YearView view = calendar.year(year);
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
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Actor actor = new Actor(request.getUserPrincipal().getName(), Channel.PORTAL, request.getRemoteAddr());
        try {
            List<CalendarDayView> days = rows.stream().map(r -> new CalendarDayView(r.day, r.kind, r.name)).toList();
            administration.publish(year, source, days, actor);
            load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(msg.getString("calendar.published"), Integer.toString(year)), null));
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public boolean isPublished() { return published; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public List<Row> getRows() { return rows; }
}
