package cn.gov.yingkou.sgpt.it.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;

import javax.xml.datatype.DatatypeFactory;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.json.JsonObject;
import jakarta.xml.ws.soap.MTOMFeature;

import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.transfer.v1.CaseTransferPort;
import cn.gov.yingkou.sgpt.client.transfer.v1.CaseTransferService;
import cn.gov.yingkou.sgpt.client.transfer.v1.EvidenceUpload;
import cn.gov.yingkou.sgpt.client.transfer.v1.PartyKind;
import cn.gov.yingkou.sgpt.client.transfer.v1.SendTransfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.Transfer;
import cn.gov.yingkou.sgpt.it.support.Multipart;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/**
 * A 200 MB evidence file (the limit raised for it) through a server with a 512 MB heap (arquillian.xml "small-heap"):
 * sent as multipart/form-data, it is streamed through to the store, and downloaded again whole, with the digest the
 * sender computed; sent again as an MTOM attachment over SOAP, it is streamed through as well. A server that held the file in memory, or grew a buffer for it, would run out of heap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LargeEvidenceIT {

    private static final String SERVER = "small-heap";
    private static final String BASE = "http://localhost:8480";
    private static final long SIZE = 200L * 1024 * 1024;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = SERVER, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void aTwoHundredMegabyteFileIsStreamedInAndOutOfASmallHeap() throws Exception {
        // What is measured is the heap, not the database: once, on the embedded one, keeps the suite's time in bounds.
        assumeTrue("h2".equals(System.getProperty("sgpt.db", "h2")), "runs on the embedded database only");
        controller.start(SERVER);
        try {
            deployer.deploy(SERVER);
            String city = Platform.basic(Platform.registerSystem(BASE, "scjg.l.", "210800-SCJG", "REST",
                    "CASE_TRANSFER"), Platform.TEST_SYSTEM_SECRET);
            String district = Platform.basic(Platform.registerSystem(BASE, "zq.l.", "210802-SCJG", "REST",
                    "CASE_TRANSFER"), Platform.TEST_SYSTEM_SECRET);

            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            Multipart body = new Multipart().json("transfer", "{\"messageId\":\"big-" + System.nanoTime()
                    + "\",\"toDepartmentCode\":\"210802-SCJG\",\"facts\":\"现场监控录像显示无证施工\",\"place\":\"站前区某工地\","
                    + "\"foundOn\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + "\",\"partyKind\":"
                    + "\"ORGANISATION\",\"partyName\":\"营口大文件测试公司\",\"partyId\":\"91350100M000100Y43\","
                    + "\"provision\":\"《建筑法》第七条\"}")
                    .file("evidence", "监控录像.pdf", () -> new DigestInputStream(new GeneratedPdf(SIZE), sent));
            HttpResponse<String> created = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(BASE
                    + "/api/v1/transfers")).header("Authorization", city).header("Content-Type", body.contentType())
                    .header("X-Requested-By", "case-system").timeout(Duration.ofMinutes(5)).POST(body.body()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            JsonObject evidence = ((JsonObject) Platform.json(created)).getJsonArray("evidence").getJsonObject(0);
            String sha256 = HexFormat.of().formatHex(sent.digest());
            assertEquals(SIZE, evidence.getJsonNumber("size").longValue());
            assertEquals(sha256, evidence.getString("sha256"), "the store's digest is the sender's");
            long id = ((JsonObject) Platform.json(created)).getJsonNumber("id").longValue();

            HttpResponse<InputStream> download = Platform.HTTP.send(HttpRequest.newBuilder(URI.create(BASE
                    + "/api/v1/transfers/" + id + "/evidence/1")).header("Authorization", district)
                    .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, download.statusCode());
            MessageDigest received = MessageDigest.getInstance("SHA-256");
            long length;
            try (InputStream in = new DigestInputStream(download.body(), received)) {
                length = in.transferTo(OutputStream.nullOutputStream()); // the test keeps no more of it than the server may
            }
            assertEquals(SIZE, length);
            assertEquals(sha256, HexFormat.of().formatHex(received.digest()), "the same bytes came back");

            MessageDigest attached = MessageDigest.getInstance("SHA-256");
            Transfer overSoap = mtomPort(Platform.registerSystem(BASE, "scjg.lm.", "210800-SCJG", "SOAP",
                    "CASE_TRANSFER")).sendTransfer(soapTransfer(new DigestInputStream(new GeneratedPdf(SIZE), attached)))
                    .getTransfer();
            assertEquals(SIZE, overSoap.getEvidence().get(0).getSize());
            assertEquals(HexFormat.of().formatHex(attached.digest()), overSoap.getEvidence().get(0).getSha256(),
                    "an MTOM attachment is streamed through as well");
            assertEquals(200, Platform.get(BASE + "/api/v1/health").statusCode(), "the server is still well");
            deployer.undeploy(SERVER);
        } finally {
            controller.stop(SERVER);
        }
    }

    private static CaseTransferPort mtomPort(String system) throws Exception {
        CaseTransferPort port = new CaseTransferService(new URL(BASE + "/api/soap/transfer/v1?wsdl"))
                .getCaseTransferPort(new MTOMFeature(true));
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setReceiveTimeout(300_000);
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setClient(policy);
        return WsSecurity.usernameToken(port, system, Platform.TEST_SYSTEM_SECRET, false);
    }

    private static SendTransfer soapTransfer(InputStream content) throws Exception {
        SendTransfer t = new SendTransfer();
        t.setMessageId("big-soap-" + System.nanoTime());
        t.setToDepartmentCode("210802-SCJG");
        t.setFacts("现场监控录像显示无证施工");
        t.setPlace("站前区某工地");
        t.setFoundOn(DatatypeFactory.newInstance().newXMLGregorianCalendar(LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .minusDays(1).toString()));
        t.setPartyKind(PartyKind.ORGANISATION);
        t.setPartyName("营口大文件测试公司");
        t.setPartyId("91350100M000100Y43");
        t.setProvision("《建筑法》第七条");
        EvidenceUpload file = new EvidenceUpload();
        file.setFileName("监控录像.pdf");
        file.setContent(new DataHandler(new Streamed(content)));
        t.getEvidence().add(file);
        return t;
    }

    /** An attachment read once as the client writes it out. */
    private record Streamed(InputStream content) implements DataSource {

        @Override
        public InputStream getInputStream() {
            return content;
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public String getName() {
            return "监控录像.pdf";
        }
    }

    /** A PDF header followed by generated bytes, {@code size} in all, made as they are read. */
    private static final class GeneratedPdf extends InputStream {

        private static final byte[] HEAD = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        private final long size;
        private long position;
        private long state = 0x2545F4914F6CDD1DL;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = position + i < HEAD.length ? HEAD[(int) (position + i)] : next();
            }
            position += n;
            return n;
        }

        private byte next() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return (byte) state;
        }
    }
}
