package cn.gov.yingkou.sgpt.ws.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import cn.gov.yingkou.sgpt.calendar.boundary.CalendarService;
import cn.gov.yingkou.sgpt.calendar.boundary.DayStatus;
import cn.gov.yingkou.sgpt.calendar.boundary.Deadline;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.calendar.boundary.YearView;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.ws.common.security.SystemTokenInterceptor;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.DomainCalls;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.ArrangedDay;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.CalendarPort;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.ComputeDeadline;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.ComputeDeadlineResponse;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.CountWorkingDays;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.CountWorkingDaysResponse;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.DayKind;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.GetYearArrangement;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.GetYearArrangementResponse;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.IsWorkingDay;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.IsWorkingDayResponse;
import cn.gov.yingkou.sgpt.ws.contract.calendar.v1.ServiceFault;

/**
 * Calendar contract v1 (WEB-INF/wsdl/calendar-v1.wsdl), published at /api/soap/calendar/v1, for external systems
 * registered for CALENDAR_READ (WS-Security UsernameToken; the calendar checks the operation).
 */
@WebService(serviceName = "CalendarService", portName = "CalendarPort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/calendar/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.calendar.v1.CalendarPort",
        wsdlLocation = "WEB-INF/wsdl/calendar-v1.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = { SystemTokenInterceptor.class, BodyBeforeDispatch.class })
@OutFaultInterceptors(classes = FaultTranslator.class)
public class CalendarEndpoint implements CalendarPort {

    @EJB
    CalendarService calendar;

    @Resource
    WebServiceContext context;

    @Override
    public GetYearArrangementResponse getYearArrangement(GetYearArrangement request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        YearView year = refusing(() -> calendar.year(caller, request.getYear()));
        GetYearArrangementResponse response = new GetYearArrangementResponse();
        response.setYear(year.year());
        response.setPublished(year.published());
        response.setSource(year.source());
        response.setPublishedAt(year.publishedAt() == null ? null : XmlTime.dateTime(year.publishedAt()));
        for (var day : year.days()) {
            ArrangedDay arranged = new ArrangedDay();
            arranged.setDate(XmlTime.date(day.day()));
            arranged.setKind(DayKind.fromValue(day.kind().name()));
            arranged.setName(day.name());
            response.getDay().add(arranged);
        }
        return response;
    }

    @Override
    public IsWorkingDayResponse isWorkingDay(IsWorkingDay request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        LocalDate date = refusing(() -> XmlTime.localDate(request.getDate()));
        DayStatus day = refusing(() -> calendar.day(caller, date));
        IsWorkingDayResponse response = new IsWorkingDayResponse();
        response.setDate(XmlTime.date(date));
        response.setWorkingDay(day.workingDay());
        response.setSettled(day.settled());
        return response;
    }

    @Override
    public ComputeDeadlineResponse computeDeadline(ComputeDeadline request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        Deadline deadline = refusing(() -> {
            Instant trigger = XmlTime.instant(request.getTrigger());
            DutyLimit limit = request.getWorkingDays() != null ? new DutyLimit.WorkingDays(request.getWorkingDays())
                    : new DutyLimit.NaturalDays(request.getNaturalDays());
            return calendar.deadline(caller, trigger, limit);
        });
        ComputeDeadlineResponse response = new ComputeDeadlineResponse();
        response.setLastDay(XmlTime.date(deadline.lastDay()));
        response.setDueAt(XmlTime.dateTime(deadline.dueAt()));
        response.setProvisional(deadline.provisional());
        return response;
    }

    @Override
    public CountWorkingDaysResponse countWorkingDays(CountWorkingDays request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        int count = refusing(() -> calendar.workingDaysBetween(caller, XmlTime.instant(request.getFrom()),
                XmlTime.instant(request.getTo())));
        CountWorkingDaysResponse response = new CountWorkingDaysResponse();
        response.setWorkingDays(count);
        return response;
    }

    private static <T> T refusing(Supplier<T> call) throws ServiceFault {
        return DomainCalls.refusing(call, ServiceFault::new);
    }
}
