package cn.gov.yingkou.sgpt.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/**
 * SOAP as an integrator's own stack sends it: an envelope written by hand, posted over HTTP, and the answer read as XML
 * — for what a generated client hides (the fault code, the header, a malformed body).
 */
public final class RawSoap {

    public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String COMMON_NS = "http://sgpt.yingkou.gov.cn/ws/common/v1";

    private RawSoap() {
    }

    /** Posts an envelope as it is. */
    public static HttpResponse<String> post(String address, String soapAction, String envelope) throws Exception {
        return Platform.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + soapAction + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
    }

    /** Posts a body element under a UsernameToken (password as text, with a fresh nonce and its creation time). */
    public static HttpResponse<String> call(String address, String username, String secret, String body) throws Exception {
        return post(address, "", envelope(username, secret, body, true));
    }

    /**
     * An envelope with a UsernameToken whose password is in text; {@code replayGuards} adds the nonce and creation time
     * that make a captured token useless.
     */
    public static String envelope(String username, String secret, String body, boolean replayGuards) {
        byte[] nonce = new byte[16];
        new java.security.SecureRandom().nextBytes(nonce);
        String guards = !replayGuards ? "" : "<wsse:Nonce EncodingType='http://docs.oasis-open.org/wss/2004/01/oasis-200401-"
                + "wss-soap-message-security-1.0#Base64Binary'>" + java.util.Base64.getEncoder().encodeToString(nonce)
                + "</wsse:Nonce><wsu:Created xmlns:wsu='http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-"
                + "utility-1.0.xsd'>" + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "</wsu:Created>";
        return "<s:Envelope xmlns:s='" + SOAP_NS + "'><s:Header><wsse:Security s:mustUnderstand='1' "
                + "xmlns:wsse='http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd'>"
                + "<wsse:UsernameToken><wsse:Username>" + username + "</wsse:Username><wsse:Password Type='http://docs."
                + "oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText'>" + secret
                + "</wsse:Password>" + guards + "</wsse:UsernameToken></wsse:Security></s:Header><s:Body>" + body
                + "</s:Body></s:Envelope>";
    }

    /**
     * The answer is a SOAP 1.1 fault (HTTP 500 and an envelope) with the platform's code, the given SOAP fault code
     * ({@code soap:Client}: the caller's to fix, not to retry), both messages and no internals; returns the envelope.
     */
    public static Document assertFault(HttpResponse<String> response, String faultCode, String code) throws Exception {
        assertEquals(500, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, doc.getElementsByTagNameNS(SOAP_NS, "Fault").getLength(), response.body());
        assertEquals(faultCode, doc.getElementsByTagName("faultcode").item(0).getTextContent(), response.body());
        assertEquals(code, doc.getElementsByTagNameNS(COMMON_NS, "code").item(0).getTextContent(), response.body());
        assertFalse(doc.getElementsByTagNameNS(COMMON_NS, "messageZh").item(0).getTextContent().isBlank());
        assertFalse(doc.getElementsByTagNameNS(COMMON_NS, "messageEn").item(0).getTextContent().isBlank());
        assertFalse(response.body().contains("Exception"), "no exception names: " + response.body());
        assertFalse(response.body().contains("\tat "), "no stack trace");
        return doc;
    }
}
