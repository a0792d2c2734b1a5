package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Instant;

import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;

/**
 * What one delivery sends: the hand-over as the receiver gets it, with the delivery it belongs to; {@code pushId} is
 * the hand-over's id (a push, for results, as contract v1 names it).
 */
public record DeliveryWork(long deliveryId, long pushId, String messageId, String unitCode,
        String licenceNumber, String applicationNumber, String itemCode, String fromDepartmentCode,
        String toDepartmentCode, Instant issuedAt, Instant pushedAt, String payload, DocumentKind kind,
        String documentNumber, Long answers) {
}
