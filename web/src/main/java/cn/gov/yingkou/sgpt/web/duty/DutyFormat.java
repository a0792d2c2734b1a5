package cn.gov.yingkou.sgpt.web.duty;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.calendar.boundary.TimeLeft;
import cn.gov.yingkou.sgpt.shared.Beijing;

/** How the portal shows instants (Beijing time) and the working days left on a duty. */
@Named
@ApplicationScoped
public class DutyFormat {

    /** How every page shows an instant: to the minute, Beijing time. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /**
     * A deadline as the regulation counts it: one at midnight is the end of the day before ("2026-12-01 24:00", the
     * duty list's form), not the first minute of the next, which a clerk would read as a day more.
     */
    public String deadline(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, Beijing.ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) + " 24:00" : time(instant);
    }

    /** A share met on time, as a percentage; a dash while no deadline has been decided (-1). */
    public String share(int percent) {
        return percent < 0 ? "—" : percent + "%";
    }

    public String timeLeft(TimeLeft left) {
        if (left == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String key = left.overdue() ? "duty.overdueBy" : left.workingDays() <= 1 ? "duty.dueToday" : "duty.left";
        return java.text.MessageFormat.format(msg.getString(key), left.workingDays());
    }
}
