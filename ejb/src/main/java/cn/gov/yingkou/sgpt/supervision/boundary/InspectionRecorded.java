package cn.gov.yingkou.sgpt.supervision.boundary;

/** An inspection as recorded, and whether this report was a repeat of one recorded before under its message id. */
public record InspectionRecorded(InspectionView inspection, boolean repeated) {
}
