package cn.gov.yingkou.sgpt.organisation.boundary;

/**
 * Which published contract an industry system implements to receive hand-overs. Version 1 carries approval results
 * only and stays as published for the systems built on it; version 2 carries every kind of document with its kind
 * and typed content.
 */
public enum ReceiverContract {
    /** industry-receiver-v1.wsdl: deliverResult. */
    RESULT_V1,
    /** handover-receiver-v2.wsdl: deliverHandover. */
    HANDOVER_V2;

    /** Whether an industry system of this contract can take documents of the kind ({@code null}: every kind). */
    public boolean carries(DocumentKind kind) {
        return this == HANDOVER_V2 || kind == DocumentKind.RESULT;
    }
}
