package cn.gov.yingkou.sgpt.exchange.control;

import java.time.Instant;

/** What one delivery sends: the push as the receiver gets it, with the delivery it belongs to. */
public record DeliveryWork(long deliveryId, long pushId, String messageId, String unitCode,
        String licenceNumber, String applicationNumber, String itemCode, String fromDepartmentCode,
        String toDepartmentCode, Instant issuedAt, Instant pushedAt, String payload) {
}
