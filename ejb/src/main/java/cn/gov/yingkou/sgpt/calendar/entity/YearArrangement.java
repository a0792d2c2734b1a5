package cn.gov.yingkou.sgpt.calendar.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A year whose holiday arrangement has been published (国务院办公厅关于…部分节假日安排的通知). */
@Entity
@Table(name = "cal_year")
@NamedQuery(name = "YearArrangement.years", query = "select y.year from YearArrangement y order by y.year")
public class YearArrangement {

    @Id
    @Column(name = "arrangement_year")
    private Integer year;

    @Column(nullable = false)
    private String source;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Version
    private long version;

    protected YearArrangement() {
    }

    public YearArrangement(int year, String source, Instant publishedAt, String publishedBy) {
        this.year = year;
        republish(source, publishedAt, publishedBy);
    }

    public void republish(String source, Instant publishedAt, String publishedBy) {
        this.source = source;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
