package cn.gov.yingkou.sgpt.ws.calendar;

import java.time.Instant;
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
import cn.gov.yingkou.sgpt.calendar.boundary.DayStatus;
import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.calendar.boundary.YearView;
import cn.gov.yingkou.sgpt.ws.common.rest.Params;
import cn.gov.yingkou.sgpt.ws.common.rest.RestCaller;
import cn.gov.yingkou.sgpt.ws.common.rest.RetryOnConflict;

/** The working-day calendar over REST: year arrangements, single days, deadlines and working-day counts. */
@Path("calendar")
@RequestScoped
@RetryOnConflict
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @EJB
    CalendarService calendar;

    @Context
    HttpServletRequest request;

    public record WorkingDaysAnswer(Instant from, Instant to, int workingDays) {
    }

    @GET
    @Path("years")
    public List<Integer> publishedYears() {
        return calendar.publishedYears(RestCaller.of(request));
    }

    @GET
    @Path("years/{year}")
    public YearView year(@PathParam("year") String year) {
        return calendar.year(RestCaller.of(request), Params.integer("year", year));
    }

    @GET
    @Path("days/{date}")
    public DayStatus day(@PathParam("date") String date) {
        return calendar.day(RestCaller.of(request), Params.date("date", date));
    }

    /** The deadline for a trigger and a limit of either working days or natural days. */
    @GET
    @Path("deadline")
    public Deadline deadline(@QueryParam("trigger") String trigger, @QueryParam("workingDays") String workingDaysParam,
            @QueryParam("naturalDays") String naturalDaysParam) {
        Instant at = Params.instant("trigger", trigger);
        Integer workingDays = workingDaysParam == null ? null : Params.integer("workingDays", workingDaysParam);
        Integer naturalDays = naturalDaysParam == null ? null : Params.integer("naturalDays", naturalDaysParam);
        if ((workingDays == null) == (naturalDays == null)) {
            throw new IllegalArgumentException("须给出 workingDays 或 naturalDays 之一 / Give exactly one of workingDays "
                    + "and naturalDays");
        }
        DutyLimit limit = workingDays != null ? new DutyLimit.WorkingDays(workingDays) : new DutyLimit.NaturalDays(naturalDays);
        return calendar.deadline(RestCaller.of(request), at, limit);
    }

    @GET
    @Path("working-days")
    public WorkingDaysAnswer workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = Params.instant("from", from);
        Instant end = Params.instant("to", to);
        return new WorkingDaysAnswer(start, end, calendar.workingDaysBetween(RestCaller.of(request), start, end));
    }
}
