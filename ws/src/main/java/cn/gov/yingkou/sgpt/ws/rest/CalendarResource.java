package cn.gov.yingkou.sgpt.ws.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.calendar.boundary.YearView;
import cn.gov.yingkou.sgpt.calendar.boundary.WorkingDayCalendar;
import cn.gov.yingkou.sgpt.organisation.boundary.Permission;
import cn.gov.yingkou.sgpt.organisation.boundary.Scope;

/** The working-day calendar over REST: year arrangements, single days, deadlines and working-day counts. */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @EJB
    CalendarService calendar;

    @Context
    HttpServletRequest request;

    public record DayAnswer(LocalDate date, boolean workingDay, boolean settled) {
    }

    public record WorkingDaysAnswer(Instant from, Instant to, int workingDays) {
    }

    @GET
    @Path("years")
    public List<Integer> publishedYears() {
        RestCaller.permitted(request, Permission.READ_CALENDAR, Scope.platform());
        return calendar.publishedYears();
    }

    @GET
    @Path("years/{year}")
    public YearView year(@PathParam("year") String year) {
        RestCaller.permitted(request, Permission.READ_CALENDAR, Scope.platform());
        return calendar.year(Params.integer("year", year));
    }

    @GET
    @Path("days/{date}")
    public DayAnswer day(@PathParam("date") String date) {
        RestCaller.permitted(request, Permission.READ_CALENDAR, Scope.platform());
        LocalDate day = Params.date("date", date);
        WorkingDayCalendar days = calendar.calendar();
        return new DayAnswer(day, days.isWorkingDay(day), days.isSettled(day));
    }

    /** The deadline for a trigger and a limit of either working days or natural days. */
    @GET
    @Path("deadline")
    public Deadline deadline(@QueryParam("trigger") String trigger, @QueryParam("workingDays") String workingDaysParam,
            @QueryParam("naturalDays") String naturalDaysParam) {
        RestCaller.permitted(request, Permission.READ_CALENDAR, Scope.platform());
        Instant at = Params.instant("trigger", trigger);
        Integer workingDays = workingDaysParam == null ? null : Params.integer("workingDays", workingDaysParam);
        Integer naturalDays = naturalDaysParam == null ? null : Params.integer("naturalDays", naturalDaysParam);
        if ((workingDays == null) == (naturalDays == null)) {
            throw new IllegalArgumentException("须给出 workingDays 或 naturalDays 之一 / Give exactly one of workingDays "
                    + "and naturalDays");
        }
        DutyLimit limit = workingDays != null ? new DutyLimit.WorkingDays(workingDays) : new DutyLimit.NaturalDays(naturalDays);
        return calendar.deadline(at, limit);
    }

    @GET
    @Path("working-days")
    public WorkingDaysAnswer workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        RestCaller.permitted(request, Permission.READ_CALENDAR, Scope.platform());
        Instant start = Params.instant("from", from);
        Instant end = Params.instant("to", to);
        return new WorkingDaysAnswer(start, end, calendar.workingDaysBetween(start, end));
    }
}
