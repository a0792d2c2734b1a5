package cn.gov.yingkou.sgpt.transfer.boundary;

/** Where a case transfer stands (Art 20). */
public enum TransferStatus {
    /** Sent; the receiving department decides within 5 working days. */
    SENT,
    /** Accepted: the receiver filed a case, under its case number. */
    ACCEPTED,
    /** Declined, with the receiver's reasons. */
    DECLINED,
    /** Returned as not the receiver's to deal with, naming the department it thinks is; the sender may send it there. */
    NOT_COMPETENT,
    /** The filed case is closed; its outcome went to the sender and the approval bureau. */
    CLOSED,
    /** Taken back by the sender before a decision. */
    WITHDRAWN
}
