package cn.gov.yingkou.sgpt.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.yingkou.sgpt.client.platform.v1.GetPlatformInfo;
import cn.gov.yingkou.sgpt.client.platform.v1.Ping;
import cn.gov.yingkou.sgpt.client.platform.v1.PlatformInfo;
import cn.gov.yingkou.sgpt.client.platform.v1.PlatformPort;
import cn.gov.yingkou.sgpt.client.platform.v1.PlatformService;
import cn.gov.yingkou.sgpt.client.platform.v1.ServiceFault;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RawSoap;

/**
 * The platform SOAP contract v1 as a provincial 前置机 uses it: a JAX-WS (CXF) client generated from the
 * WSDL in the repository, talking to the deployed EAR; and raw HTTP for requests no generated client
 * would send.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformSoapIT {

    private static final String SOAP_NS = RawSoap.SOAP_NS;

    private PlatformPort port;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @BeforeEach
    void connect() throws Exception {
        port = new PlatformService(new URL(Platform.SOAP_PLATFORM_V1 + "?wsdl")).getPlatformPort();
    }

    @Test
    void theWsdlIsPublishedAsSoap11DocumentLiteral() throws Exception {
        HttpResponse<String> wsdl = Platform.get(Platform.SOAP_PLATFORM_V1 + "?wsdl");
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("targetNamespace=\"http://sgpt.yingkou.gov.cn/ws/platform/v1\""));
        assertTrue(wsdl.body().contains("http://schemas.xmlsoap.org/wsdl/soap/"), "SOAP 1.1 binding");
        assertTrue(wsdl.body().contains("style=\"document\""));
        assertTrue(wsdl.body().contains(Platform.SOAP_PLATFORM_V1), "the address is the deployed one");
    }

    @Test
    void everyWsdlNamesTheHostItWasFetchedBy() throws Exception {
        URI base = URI.create(Platform.BASE);
        String host = "sgpt.example.gov.cn:" + base.getPort();
        for (String contract : List.of("platform", "calendar", "catalogue", "licensing", "exchange")) {
            String wsdl = getWithHost(base, "/api/soap/" + contract + "/v1?wsdl", host);
            assertTrue(wsdl.contains("location=\"http://" + host + "/api/soap/" + contract + "/v1\""), wsdl);
            assertFalse(wsdl.contains("localhost"), "no address of the server's own: " + wsdl);
            Matcher schema = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(wsdl);
            assertTrue(schema.find(), "the common types are imported");
            assertTrue(schema.group(1).startsWith("http://" + host + "/"), schema.group(1));
        }
    }

    /** A GET sent with a Host header of the caller's choosing, as a client reaching the platform by another name. */
    private static String getWithHost(URI base, String path, String host) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            return response;
        }
    }

    @Test
    void pingEchoesChineseTextWithTheServerTime() throws Exception {
        Ping ping = new Ping();
        ping.setEcho("营口市行政审批局 ping");
        var response = port.ping(ping);
        assertEquals("营口市行政审批局 ping", response.getEcho());
        Instant serverTime = response.getServerTime().toGregorianCalendar().toInstant();
        assertTrue(Duration.between(serverTime, Instant.now()).abs().toMinutes() < 5);
        assertEquals(8 * 60, response.getServerTime().getTimezone(), "shown in Beijing time");
    }

    @Test
    void platformInfoNamesContractAndModeButNoVersionsToACallerNobodyAuthenticated() throws Exception {
        PlatformInfo info = port.getPlatformInfo(new GetPlatformInfo()).getInfo();
        assertEquals("platform/v1", info.getContractVersion());
        assertEquals("DEMO", info.getMode());
        assertEquals("Asia/Shanghai", info.getTimeZone());
        assertEquals("营口市审批监管信息交换平台", info.getNameZh());
        assertEquals("", info.getVersion());
        assertEquals("", info.getServerRelease());
        assertNull(info.getSchemaVersion());
    }

    @Test
    void anEchoBeyondTheContractIsADeclaredFaultWithAStableCode() {
        Ping ping = new Ping();
        ping.setEcho("x".repeat(201));
        ServiceFault fault = assertThrows(ServiceFault.class, () -> port.ping(ping));
        assertEquals("SGPT-REQ-003", fault.getFaultInfo().getCode());
        assertEquals("请求不符合接口契约（WSDL/XSD）", fault.getFaultInfo().getMessageZh());
        assertTrue(fault.getFaultInfo().getDetail().startsWith("cvc-maxLength-valid"));
    }

    @Test
    void malformedXmlGetsASoapFaultWithoutInternals() throws Exception {
        HttpResponse<String> response = post("<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body>"
                + "<p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/platform/v1'><p:echo>x</p:ech");
        assertFault(response, "SGPT-REQ-001");
    }

    @Test
    void anOperationOutsideTheContractGetsASoapFault() throws Exception {
        HttpResponse<String> response = post("<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body>"
                + "<p:dropTables xmlns:p='http://sgpt.yingkou.gov.cn/ws/platform/v1'/></s:Body></s:Envelope>");
        assertFault(response, "SGPT-REQ-004");
    }

    @Test
    void aSecurityHeaderTheOpenContractDoesNotDeclareIsTheCallersFault() throws Exception {
        HttpResponse<String> response = post("<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Header>"
                + "<wsse:Security s:mustUnderstand='1' xmlns:wsse='http://docs.oasis-open.org/wss/2004/01/"
                + "oasis-200401-wss-wssecurity-secext-1.0.xsd'><wsse:UsernameToken><wsse:Username>scjg.system"
                + "</wsse:Username></wsse:UsernameToken></wsse:Security></s:Header><s:Body>"
                + "<p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/platform/v1'><p:echo>x</p:echo></p:ping>"
                + "</s:Body></s:Envelope>");
        assertFault(response, "SGPT-REQ-003");
        assertTrue(response.body().contains("Security"), "the detail names the header: " + response.body());
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws Exception {
        String secret = "SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("secret.txt"), secret);
        HttpResponse<String> response = post("<?xml version='1.0' encoding='UTF-8'?>"
                + "<!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM '" + file.toUri() + "'>]>"
                + "<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body>"
                + "<p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/platform/v1'><p:echo>&xxe;</p:echo></p:ping>"
                + "</s:Body></s:Envelope>");
        assertFault(response, "SGPT-REQ-002");
        assertFalse(response.body().contains(secret), "the entity was not expanded");
    }

    @Test
    void anExternalDtdIsRefusedWithoutBeingFetched(@TempDir Path dir) throws Exception {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY % x SYSTEM 'file:///etc/passwd'>");
        HttpResponse<String> response = post("<?xml version='1.0'?><!DOCTYPE s:Envelope SYSTEM '" + dtd.toUri() + "'>"
                + "<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body>"
                + "<p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/platform/v1'/></s:Body></s:Envelope>");
        assertFault(response, "SGPT-REQ-002");
        assertFalse(response.body().contains("root:"), "no file content in the answer");
    }

    @Test
    void aBodyNestedBeyondTheParsersGuardsIsTooLargeAndAStrayElementBreaksTheContract() throws Exception {
        String bomb = "<a>".repeat(100_000) + "</a>".repeat(100_000);
        assertFault(post("<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body>" + bomb + "</s:Body></s:Envelope>"),
                "SGPT-REQ-413");
        assertFault(post("<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body><p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/"
                + "platform/v1'><p:echo>" + bomb + "</p:echo></p:ping></s:Body></s:Envelope>"), "SGPT-REQ-003");
        assertFault(post("<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body><p:dropTables xmlns:p='http://sgpt.yingkou.gov.cn/"
                + "ws/platform/v1'><a><b/></a></p:dropTables></s:Body></s:Envelope>"), "SGPT-REQ-004");
    }

    @Test
    void aBodyOverTheSizeLimitGetsAFaultWithItsCodeWithOrWithoutALength() throws Exception {
        String envelope = "<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Body><p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/"
                + "platform/v1'><p:echo>" + "x".repeat(11 * 1024 * 1024) + "</p:echo></p:ping></s:Body></s:Envelope>";
        assertTrue(RawSoap.assertFault(post(envelope), "soap:Client", "SGPT-REQ-413")
                .getElementsByTagNameNS(RawSoap.COMMON_NS, "detail").item(0).getTextContent().contains("10485760"));
        byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = Platform.send(java.net.http.HttpRequest.newBuilder(URI.create(Platform.SOAP_PLATFORM_V1))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:sgpt:platform:v1:ping\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
        assertFault(chunked, "SGPT-REQ-413");
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return RawSoap.post(Platform.SOAP_PLATFORM_V1, "urn:sgpt:platform:v1:ping", body);
    }

    private static void assertFault(HttpResponse<String> response, String code) throws Exception {
        RawSoap.assertFault(response, "soap:Client", code);
    }
}
