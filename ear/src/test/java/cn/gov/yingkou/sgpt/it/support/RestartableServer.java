package cn.gov.yingkou.sgpt.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;

/** The second server the restart tests start, stop and kill themselves (arquillian.xml "restartable", ports +200). */
public final class RestartableServer {

    public static final String NAME = "restartable";
    public static final String BASE = "http://localhost:8280";

    private RestartableServer() {
    }

    /** A POST to its delivery fixture (DeliveryFixtureServlet), answered 200; the body. */
    public static String deliveries(String form) throws Exception {
        var response = Platform.send(HttpRequest.newBuilder(URI.create(BASE + "/fixtures/deliveries"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
