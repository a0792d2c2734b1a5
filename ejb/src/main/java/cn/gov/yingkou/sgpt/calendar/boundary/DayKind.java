package cn.gov.yingkou.sgpt.calendar.boundary;

/** A day the State Council's arrangement changes: a holiday (放假), or a weekend day worked instead (调休上班). */
public enum DayKind {
    HOLIDAY, MAKEUP_WORKDAY
}
