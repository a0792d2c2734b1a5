package cn.gov.yingkou.sgpt.it.support;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A multipart/form-data body as a case system sends it, built part by part; a file part may come from a stream, so a
 * large file is sent without being held in the test's memory.
 */
public final class Multipart {

    private final String boundary = "sgpt-" + Long.toHexString(System.nanoTime());
    private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public Multipart json(String name, String json) {
        parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + json + "\r\n"));
        return this;
    }

    public Multipart file(String name, String fileName, byte[] content) {
        return file(name, fileName, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    public Multipart file(String name, String fileName, Supplier<InputStream> content) {
        return file(name, fileName, HttpRequest.BodyPublishers.ofInputStream(content));
    }

    private Multipart file(String name, String fileName, HttpRequest.BodyPublisher content) {
        parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        parts.add(content);
        parts.add(text("\r\n"));
        return this;
    }

    public HttpRequest.BodyPublisher body() {
        List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new));
    }

    private static HttpRequest.BodyPublisher text(String text) {
        return HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
    }
}
