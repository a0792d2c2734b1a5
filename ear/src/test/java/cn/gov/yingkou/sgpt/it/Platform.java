package cn.gov.yingkou.sgpt.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The platform under test: the EAR the build produced, and where its server answers. */
final class Platform {

    static final String BASE = System.getProperty("sgpt.it.base", "http://localhost:8180");
    static final String SOAP_PLATFORM_V1 = BASE + "/api/soap/platform/v1";
    static final String REST = BASE + "/api/v1";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Platform() {
    }

    /** The real EAR, as `mvn package` built it: the same bytes the run command deploys. */
    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("sgpt.it.ear", "target/sgpt.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
