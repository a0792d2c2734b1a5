package cn.gov.yingkou.sgpt.calendar.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import cn.gov.yingkou.sgpt.calendar.boundary.DayKind;

/** One day of a year's holiday arrangement. Days not listed follow the week: Monday to Friday work. */
@Entity
@Table(name = "cal_day")
@NamedQuery(name = "CalendarDay.all", query = "select d from CalendarDay d")
@NamedQuery(name = "CalendarDay.ofArrangement",
        query = "select d from CalendarDay d where d.arrangementYear = :year order by d.day")
@NamedQuery(name = "CalendarDay.deleteArrangement", query = "delete from CalendarDay d where d.arrangementYear = :year")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "arrangement_year", nullable = false)
    private int arrangementYear;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name, int arrangementYear) {
        this.day = day;
        this.kind = kind;
        this.name = name;
        this.arrangementYear = arrangementYear;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int arrangementYear() {
        return arrangementYear;
    }
}
