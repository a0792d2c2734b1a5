package cn.gov.yingkou.sgpt.penalty.boundary;

/** A penalty decision as recorded, and whether this message repeated one already recorded (nothing was changed). */
public record Recorded(PenaltyDecisionView decision, boolean repeated) {
}
