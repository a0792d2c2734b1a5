package cn.gov.yingkou.sgpt.licensing.boundary;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;

/**
 * A bureau acted on a licence (or declined to), in the transaction that recorded it: the exchange hands the action
 * back to the department that asked for it, or to the licence's supervisor (Art 19).
 */
public record LicenceActed(LicenceView licence, LicenceActionView action, Actor actor) {
}
