package cn.gov.yingkou.sgpt.duty.boundary;

import java.util.List;

/** One page of a list, and how many rows the whole list has. */
public record DutyPage(List<DutyView> rows, long total) {
}
