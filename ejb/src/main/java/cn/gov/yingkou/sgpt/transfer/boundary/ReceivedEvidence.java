package cn.gov.yingkou.sgpt.transfer.boundary;

/**
 * An evidence file the platform has received and stored for a transfer about to be sent: its name as given, its type
 * by content, its size and digests. Held by the sender's form (or request) until the transfer is sent with it.
 */
public record ReceivedEvidence(String fileName, String type, String mediaType, long size, String sha256, String sm3) {
}
