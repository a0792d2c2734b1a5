package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;

/**
 * A department signed for a hand-over, in the signing transaction: responsibility for what it carries has passed
 * (Art 17). A licence's supervision file opens on it.
 */
public record HandoverSigned(long handoverId, DocumentKind kind, String licenceNumber, String itemCode, long unitId,
        DepartmentRef receiver, Instant at, Actor actor) {
}
