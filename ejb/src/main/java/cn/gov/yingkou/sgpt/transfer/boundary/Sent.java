package cn.gov.yingkou.sgpt.transfer.boundary;

/** A transfer as sent; {@code repeated} when the message had been sent before (nothing new was stored). */
public record Sent(TransferView transfer, boolean repeated) {
}
