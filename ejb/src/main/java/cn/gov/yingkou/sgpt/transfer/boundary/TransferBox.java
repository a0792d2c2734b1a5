package cn.gov.yingkou.sgpt.transfer.boundary;

/** A department's transfers: those it received (its inbox) or those it sent (its outbox). */
public enum TransferBox {
    RECEIVED,
    SENT
}
