package cn.gov.yingkou.sgpt.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.calendar.v1.CalendarPort;
import cn.gov.yingkou.sgpt.client.calendar.v1.CalendarService;
import cn.gov.yingkou.sgpt.client.calendar.v1.ComputeDeadline;
import cn.gov.yingkou.sgpt.client.calendar.v1.CountWorkingDays;
import cn.gov.yingkou.sgpt.client.calendar.v1.DayKind;
import cn.gov.yingkou.sgpt.client.calendar.v1.GetYearArrangement;
import cn.gov.yingkou.sgpt.client.calendar.v1.IsWorkingDay;
import cn.gov.yingkou.sgpt.client.calendar.v1.ServiceFault;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/** The calendar SOAP contract v1, through a client generated from the WSDL in the repository. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarSoapIT {

    private CalendarPort port;
    private DatatypeFactory xml;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @BeforeEach
    void connect() throws Exception {
        port = WsSecurity.asDemoSystem(new CalendarService(new URL(Platform.BASE + "/api/soap/calendar/v1?wsdl"))
                .getCalendarPort());
        xml = DatatypeFactory.newInstance();
    }

    @Test
    void twoWorkingDaysFromTheEveOfNationalDay() throws Exception {
        ComputeDeadline request = new ComputeDeadline();
        request.setTrigger(xml.newXMLGregorianCalendar("2026-09-30T10:00:00+08:00"));
        request.setWorkingDays(2);
        var deadline = port.computeDeadline(request);
        assertEquals("2026-10-09", deadline.getLastDay().toXMLFormat());
        assertEquals(xml.newXMLGregorianCalendar("2026-10-10T00:00:00+08:00").toGregorianCalendar().toInstant(),
                deadline.getDueAt().toGregorianCalendar().toInstant());
        assertFalse(deadline.isProvisional());
    }

    @Test
    void aTimeWithoutAZoneIsBeijingTime() throws Exception {
        ComputeDeadline request = new ComputeDeadline();
        // 23:30 on 29 Sept in Beijing; read as UTC it would already be 30 Sept in Beijing.
        request.setTrigger(xml.newXMLGregorianCalendar("2026-09-29T23:30:00"));
        request.setWorkingDays(1);
        assertEquals("2026-09-30", port.computeDeadline(request).getLastDay().toXMLFormat());
    }

    @Test
    void theArrangementAndItsDays() throws Exception {
        GetYearArrangement request = new GetYearArrangement();
        request.setYear(2026);
        var year = port.getYearArrangement(request);
        assertTrue(year.isPublished());
        assertTrue(year.getDay().stream().anyMatch(d -> d.getDate().toXMLFormat().equals("2026-10-10")
                && d.getKind() == DayKind.MAKEUP_WORKDAY));

        IsWorkingDay day = new IsWorkingDay();
        day.setDate(date(2026, 10, 10));
        assertTrue(port.isWorkingDay(day).isWorkingDay());
        day.setDate(date(2026, 10, 1));
        assertFalse(port.isWorkingDay(day).isWorkingDay());

        CountWorkingDays count = new CountWorkingDays();
        count.setFrom(xml.newXMLGregorianCalendar("2026-09-30T10:00:00+08:00"));
        count.setTo(xml.newXMLGregorianCalendar("2026-10-12T09:00:00+08:00"));
        assertEquals(4, port.countWorkingDays(count).getWorkingDays(), "8, 9, 10 (make-up) and 12 Oct");
    }

    @Test
    void valuesOutsideTheContractOrTheCalendarAreFaultsWithCodes() {
        GetYearArrangement year = new GetYearArrangement();
        year.setYear(1999);
        ServiceFault schema = assertThrows(ServiceFault.class, () -> port.getYearArrangement(year));
        assertEquals("SGPT-REQ-003", schema.getFaultInfo().getCode());

        ComputeDeadline zero = new ComputeDeadline();
        zero.setTrigger(xml.newXMLGregorianCalendar("2026-09-30T10:00:00+08:00"));
        zero.setWorkingDays(0);
        assertEquals("SGPT-REQ-003", assertThrows(ServiceFault.class, () -> port.computeDeadline(zero)).getFaultInfo().getCode());

        IsWorkingDay ancient = new IsWorkingDay();
        ancient.setDate(date(1990, 1, 1));
        ServiceFault refused = assertThrows(ServiceFault.class, () -> port.isWorkingDay(ancient));
        assertEquals("SGPT-REQ-010", refused.getFaultInfo().getCode());
        assertTrue(refused.getFaultInfo().getDetail().contains("2000–2100"), refused.getFaultInfo().getDetail());
    }

    private XMLGregorianCalendar date(int year, int month, int day) {
        return xml.newXMLGregorianCalendarDate(year, month, day, DatatypeConstants.FIELD_UNDEFINED);
    }
}
