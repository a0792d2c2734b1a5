package cn.gov.yingkou.sgpt.ws.common.soap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.GregorianCalendar;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import cn.gov.yingkou.sgpt.shared.Beijing;

/** Between xs:dateTime / xs:date and the platform's instants and dates. Beijing time on the wire. */
public final class XmlTime {

    private static final DatatypeFactory FACTORY = factory();

    private XmlTime() {
    }

    public static XMLGregorianCalendar dateTime(Instant instant) {
        return FACTORY.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(Beijing.ZONE)));
    }

    /** A dateTime without a time zone is Beijing time, as the contracts say. */
    public static Instant instant(XMLGregorianCalendar value) {
        if (value == null) {
            throw new IllegalArgumentException("缺少时间 / A time is missing");
        }
        XMLGregorianCalendar copy = (XMLGregorianCalendar) value.clone();
        if (copy.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            copy.setTimezone(8 * 60);
        }
        return copy.toGregorianCalendar().toInstant();
    }

    public static XMLGregorianCalendar date(LocalDate date) {
        return FACTORY.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    public static LocalDate localDate(XMLGregorianCalendar value) {
        if (value == null) {
            throw new IllegalArgumentException("缺少日期 / A date is missing");
        }
        return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }

    private static DatatypeFactory factory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
