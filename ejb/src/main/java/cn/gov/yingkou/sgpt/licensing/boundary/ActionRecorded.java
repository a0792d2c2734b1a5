package cn.gov.yingkou.sgpt.licensing.boundary;

/** An action on a licence as recorded, and whether this message repeated one already recorded (nothing was changed). */
public record ActionRecorded(LicenceActionView action, boolean repeated) {
}
