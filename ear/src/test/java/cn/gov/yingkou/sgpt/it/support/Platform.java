package cn.gov.yingkou.sgpt.it.support;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import cn.gov.yingkou.sgpt.client.industry.v1.ResultReceiver;

/** The platform under test: the EAR the build produced, and where its server answers. */
public final class Platform {

    public static final String BASE = System.getProperty("sgpt.it.base", "http://localhost:8180");
    public static final String SOAP_PLATFORM_V1 = BASE + "/api/soap/platform/v1";
    public static final String REST = BASE + "/api/v1";
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The demo mode's external system (README): the market supervision department's industry system. */
    public static final String DEMO_SYSTEM = "scjg.system";
    public static final String DEMO_SYSTEM_SECRET = "Yingkou2026-scjg-system";

    private Platform() {
    }

    /** The real EAR, as `mvn package` built it: the same bytes the run command deploys. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("sgpt.it.ear", "target/sgpt.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The real EAR with one more web module holding in-container tests (they see the EJB module, as the
     * portal and the interfaces do), marked as the one Arquillian runs the tests in.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        return earWith(Testable.archiveToTest(ShrinkWrap.create(WebArchive.class, "test.war").addClasses(testClasses)
                .addClass(DecidedElsewhere.class)));
    }

    /**
     * The real EAR with test fixtures (servlets that set up data through the boundaries) at /fixtures, and a test
     * industry system implementing the published result-receiver contract at /fixtures/industry-receiver (v1) and
     * /fixtures/handover-receiver (v2).
     */
    public static EnterpriseArchive earWithFixtures() {
        return earWith(ShrinkWrap.create(WebArchive.class, "fixtures.war")
                .addClasses(DutyFixtureServlet.class, AccountFixtureServlet.class, SystemFixtureServlet.class,
                        UnitFixtureServlet.class, DeliveryFixtureServlet.class, ChallengeFixtureServlet.class,
                        IndustryReceiverFixture.class,
                        IndustryReceiverFixture.Mode.class, IndustryReceiverFixture.Call.class, ReceiverTokenCheck.class,
                        HandoverReceiverFixture.class, HandoverReceiverFixture.Call.class, DecidedElsewhere.class)
                .addPackage(ResultReceiver.class.getPackage())
                .addPackage(cn.gov.yingkou.sgpt.client.industry.v2.HandoverReceiver.class.getPackage())
                .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<servlet><servlet-name>industry-receiver</servlet-name><servlet-class>"
                        + IndustryReceiverFixture.class.getName() + "</servlet-class></servlet><servlet-mapping>"
                        + "<servlet-name>industry-receiver</servlet-name><url-pattern>/industry-receiver</url-pattern>"
                        + "</servlet-mapping><servlet><servlet-name>handover-receiver</servlet-name><servlet-class>"
                        + HandoverReceiverFixture.class.getName() + "</servlet-class></servlet><servlet-mapping>"
                        + "<servlet-name>handover-receiver</servlet-name><url-pattern>/handover-receiver</url-pattern>"
                        + "</servlet-mapping></web-app>"))
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.apache.cxf, org.apache.cxf.impl, "
                        + "org.apache.ws.security\n")));
    }

    /** The EAR's application.xml lists its modules, so an added module is listed there too. */
    private static EnterpriseArchive earWith(WebArchive module) {
        EnterpriseArchive ear = ear();
        ear.addAsModule(module);
        String applicationXml;
        try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = module.getName().replace(".war", "");
        String entry = "<module><web><web-uri>" + module.getName() + "</web-uri><context-root>/" + name
                + "</context-root></web></module>";
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>", entry + "</application>")));
        return ear;
    }

    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with an Authorization header (null: none). */
    public static HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as the demo external system, by HTTP Basic. */
    public static HttpResponse<String> getAsSystem(String url) throws IOException, InterruptedException {
        return get(url, basic(DEMO_SYSTEM, DEMO_SYSTEM_SECRET));
    }

    /** The shared secret of the systems tests register through the fixture. */
    public static final String TEST_SYSTEM_SECRET = "test-secret-0123456789";

    /**
     * Registers a new external system of the department (null: the city's market-supervision bureau) for the
     * channels and operations (comma-separated), calling from loopback; answers its username.
     */
    public static String registerSystem(String prefix, String department, String channels, String operations)
            throws IOException, InterruptedException {
        return registerSystem(BASE, prefix, department, channels, operations);
    }

    /** The same on the server at {@code base}. */
    public static String registerSystem(String base, String prefix, String department, String channels,
            String operations) throws IOException, InterruptedException {
        String username = prefix + Long.toHexString(System.nanoTime());
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/fixtures/systems"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&secret=" + TEST_SYSTEM_SECRET
                        + (department == null ? "" : "&department=" + department) + "&channels=" + channels
                        + "&operations=" + operations + "&addresses=127.0.0.1")));
        if (created.statusCode() != 200) {
            throw new IllegalStateException("fixture refused the system: " + created.body());
        }
        return username;
    }

    /**
     * As the provincial platform does: submits a food licence decided elsewhere (issued 25 November 2026) with
     * the given licence number and holder, over REST; the food item's push list pushes it on at once.
     */
    public static void submitFinishedFoodResult(String authorization, String licence, String holder)
            throws IOException, InterruptedException {
        submitFinished(authorization, licence, "ORGANISATION", "91350100M000100Y43", holder, "0417-2801234");
    }

    /** A natural person's ID number and phone: what a need to know guards. */
    public static final String PERSON_ID = "11010519491231002X";
    public static final String PERSON_PHONE = "13900000000";

    /** The same for a person, 李四, with {@link #PERSON_ID} and {@link #PERSON_PHONE}. */
    public static void submitPersonsFoodResult(String authorization, String licence) throws IOException, InterruptedException {
        submitFinished(authorization, licence, "PERSON", PERSON_ID, "李四", PERSON_PHONE);
    }

    private static void submitFinished(String authorization, String licence, String kind, String id, String holder,
            String phone) throws IOException, InterruptedException {
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(REST + "/licensing/units/210800/finished-results"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"messageId\":\"f-" + System.nanoTime() + "\",\"itemCode\":"
                        + "\"000105001000\",\"applicant\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\",\"name\":\""
                        + holder + "\",\"contactName\":\"王\",\"contactPhone\":\"" + phone + "\"},\"materials\":[\"申请书\"],"
                        + "\"acceptedAt\":\"2026-11-20T09:00:00+08:00\",\"decidedAt\":\"2026-11-24T09:00:00+08:00\",\"issuedAt\":"
                        + "\"2026-11-25T09:00:00+08:00\",\"licence\":{\"number\":\"" + licence + "\",\"scope\":\"预包装食品销售\","
                        + "\"validFrom\":\"2026-11-25\",\"form\":\"PAPER\",\"certificateRef\":\"No.1\"}}")));
        if (submitted.statusCode() != 201) {
            throw new IllegalStateException("finished result refused: " + submitted.body());
        }
    }

    /**
     * A finished food result for {@code holder} submitted by the provincial system, pushed at once to the market
     * bureau: the push's id as the bureau's system finds it in its inbox.
     */
    public static long pushToTheMarketBureau(String provincial, String industry, String holder) throws Exception {
        String licence = "PB210800" + System.nanoTime() % 100_000_000L;
        submitFinishedFoodResult(provincial, licence, holder);
        HttpResponse<String> inbox = get(REST + "/exchange/inbox?licence=" + licence, industry);
        if (inbox.statusCode() != 200) {
            throw new IllegalStateException("inbox refused: " + inbox.body());
        }
        return ((JsonObject) json(inbox)).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("licenceNumber").equals(licence)).findFirst()
                .orElseThrow(() -> new IllegalStateException(licence + " not in the inbox: " + inbox.body()))
                .getJsonNumber("id").longValue();
    }

    /** The username in a Basic authorization. */
    public static String usernameOf(String basic) {
        String pair = new String(java.util.Base64.getDecoder().decode(basic.substring("Basic ".length())),
                StandardCharsets.UTF_8);
        return pair.substring(0, pair.indexOf(':'));
    }

    public static String basic(String username, String secret) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    /** A POST to the REST API as a system ({@code json} null: no body). */
    public static HttpResponse<String> postRest(String path, String authorization, String json) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(REST + path)).header("Authorization", authorization);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    /** A form posted to a test fixture at /fixtures/{@code fixture}; its answer, or a failure if it refused. */
    public static String fixture(String fixture, String form) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(BASE + "/fixtures/" + fixture))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("fixture refused " + form + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
