package cn.gov.yingkou.sgpt.transfer.boundary;

import java.io.InputStream;

/** An evidence file to send to a reader, its digest checked again: the caller closes the stream. */
public record EvidenceDownload(String fileName, String type, String mediaType, long size, String sha256, String sm3,
        InputStream content) {
}
