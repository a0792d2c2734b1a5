package cn.gov.yingkou.sgpt.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A portal page as a plain HTTP client meets it, where a browser adds nothing but time: its own cookies (so its own
 * session), the page's Faces view state and script nonce, and the form posted back as a browser's script posts it.
 */
public final class PortalForm {

    /** PrimeFaces' per-page script nonce (web.xml, primefaces.CSP), which its script posts back with every form. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String path;
    private HttpResponse<String> page;

    private PortalForm(String path) {
        this.path = path;
    }

    /** GETs the page in a new session. */
    public static PortalForm open(String path) throws IOException, InterruptedException {
        PortalForm form = new PortalForm(path);
        form.page = form.http.send(HttpRequest.newBuilder(URI.create(Platform.BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return form;
    }

    public HttpResponse<String> page() {
        return page;
    }

    /** Posts the form named {@code formId} with these fields and the page's view state; returns the answer's body. */
    public String submit(String formId, Map<String, String> fields) throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on " + path + ": " + page.body());
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", htmlUnescape(state.group(1)));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            all.put("primefaces.nonce", htmlUnescape(nonce.group(1)));
        }
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        page = http.send(HttpRequest.newBuilder(URI.create(Platform.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return page.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String htmlUnescape(String value) {
        return value.replace("&#58;", ":").replace("&amp;", "&");
    }
}
