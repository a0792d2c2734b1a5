package cn.gov.yingkou.sgpt.ws.common.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The published contracts compile as XML Schema and mean what they say: a schema the server cannot compile
 * silently switches its request validation off.
 */
class ContractSchemasTest {

    private static final Path WSDL_DIR = Path.of("src/main/webapp/WEB-INF/wsdl");
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void everyWsdlsSchemasCompile() throws Exception {
        List<Path> wsdls;
        try (Stream<Path> files = Files.list(WSDL_DIR)) {
            wsdls = files.filter(p -> p.toString().endsWith(".wsdl")).toList();
        }
        assertFalse(wsdls.isEmpty());
        for (Path wsdl : wsdls) {
            assertDoesNotThrow(() -> schemaOf(wsdl), wsdl.toString());
        }
    }

    @Test
    void pingEchoIsLimitedTo200Characters() throws Exception {
        Schema schema = schemaOf(WSDL_DIR.resolve("platform-v1.wsdl"));
        assertDoesNotThrow(() -> schema.newValidator().validate(ping("界".repeat(200))));
        var tooLong = assertThrows(SAXException.class, () -> schema.newValidator().validate(ping("x".repeat(201))));
        assertTrue(tooLong.getMessage().contains("cvc-maxLength-valid"), tooLong.getMessage());
    }

    private static Source ping(String echo) {
        return new StreamSource(new StringReader("<p:ping xmlns:p='http://sgpt.yingkou.gov.cn/ws/platform/v1'><p:echo>"
                + echo + "</p:echo></p:ping>"));
    }

    private static Schema schemaOf(Path wsdl) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(wsdl.toFile());
        NodeList inline = doc.getElementsByTagNameNS(XSD, "schema");
        List<Source> sources = new ArrayList<>();
        String base = new File(wsdl.toString()).toURI().toString();
        for (int i = 0; i < inline.getLength(); i++) {
            sources.add(new DOMSource((Element) inline.item(i), base));
        }
        SchemaFactory factory = SchemaFactory.newInstance(XSD);
        return factory.newSchema(sources.toArray(Source[]::new));
    }
}
