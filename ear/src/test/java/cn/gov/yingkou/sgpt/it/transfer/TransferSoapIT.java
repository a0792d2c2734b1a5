package cn.gov.yingkou.sgpt.it.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;

import javax.xml.datatype.DatatypeFactory;

import jakarta.activation.DataHandler;
import jakarta.xml.ws.soap.MTOMFeature;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.transfer.v1.AcceptTransfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.Box;
import cn.gov.yingkou.sgpt.client.transfer.v1.CaseTransferPort;
import cn.gov.yingkou.sgpt.client.transfer.v1.CaseTransferService;
import cn.gov.yingkou.sgpt.client.transfer.v1.EvidenceUpload;
import cn.gov.yingkou.sgpt.client.transfer.v1.ForwardTransfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.GetEvidence;
import cn.gov.yingkou.sgpt.client.transfer.v1.GetEvidenceResponse;
import cn.gov.yingkou.sgpt.client.transfer.v1.GetTransfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.ListTransfers;
import cn.gov.yingkou.sgpt.client.transfer.v1.PartyKind;
import cn.gov.yingkou.sgpt.client.transfer.v1.ReturnTransfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.SendTransfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.ServiceFault;
import cn.gov.yingkou.sgpt.client.transfer.v1.Transfer;
import cn.gov.yingkou.sgpt.client.transfer.v1.TransferStatus;
import cn.gov.yingkou.sgpt.client.transfer.v1.WithdrawTransfer;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/**
 * Art 20 over SOAP with MTOM between case systems: the city market bureau's system sends a transfer with a PDF as an
 * attachment; the Zhanqian district's system finds it, downloads the evidence as an attachment with its digests and
 * returns it as not its own, naming the city's enforcement bureau; the city's system sends it on there, whose system
 * files a case. A program named .pdf, and a decision on a decided transfer, are named faults.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferSoapIT {

    private static final String ADDRESS = Platform.BASE + "/api/soap/transfer/v1";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXECUTABLE = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

    private static CaseTransferPort city;
    private static CaseTransferPort district;
    private static CaseTransferPort enforcement;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeAll
    static void registerSystems() throws Exception {
        city = port(Platform.registerSystem("scjg.ts.", "210800-SCJG", "SOAP", "CASE_TRANSFER"));
        district = port(Platform.registerSystem("zq.ts.", "210802-SCJG", "SOAP", "CASE_TRANSFER"));
        enforcement = port(Platform.registerSystem("zhzf.ts.", "210800-ZHZF", "SOAP", "CASE_TRANSFER"));
    }

    private static CaseTransferPort port(String system) throws Exception {
        return WsSecurity.usernameToken(new CaseTransferService(new URL(ADDRESS + "?wsdl"))
                .getCaseTransferPort(new MTOMFeature(true)), system, Platform.TEST_SYSTEM_SECRET, false);
    }

    private static SendTransfer transfer(String messageId, String fileName, byte[] content) throws Exception {
        SendTransfer t = new SendTransfer();
        t.setMessageId(messageId);
        t.setToDepartmentCode("210802-SCJG");
        t.setFacts("检查中发现当事人违法倾倒建筑垃圾");
        t.setPlace("站前区某路段");
        t.setFoundOn(DatatypeFactory.newInstance().newXMLGregorianCalendar(LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .minusDays(1).toString()));
        t.setPartyKind(PartyKind.PERSON);
        t.setPartyName("张三");
        t.setPartyId(Platform.PERSON_ID);
        t.setProvision("《城市市容和环境卫生管理条例》第三十九条");
        EvidenceUpload file = new EvidenceUpload();
        file.setFileName(fileName);
        file.setContent(new DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, "application/octet-stream")));
        t.getEvidence().add(file);
        return t;
    }

    @Test
    void aTransferWithAnAttachmentIsReturnedSentOnAndFiled() throws Exception {
        Transfer sent = city.sendTransfer(transfer("soap-" + System.nanoTime(), "询问笔录.pdf", PDF)).getTransfer();
        assertEquals(TransferStatus.SENT, sent.getStatus());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
                sent.getEvidence().get(0).getSha256());
        assertEquals("PDF", sent.getEvidence().get(0).getType());

        ListTransfers received = new ListTransfers();
        received.setBox(Box.RECEIVED);
        received.getStatus().add(TransferStatus.SENT);
        received.setMax(100);
        assertTrue(district.listTransfers(received).getTransfer().stream().anyMatch(t -> t.getId() == sent.getId()));
        GetEvidence first = new GetEvidence();
        first.setId(sent.getId());
        first.setPosition(1);
        GetEvidenceResponse evidence = district.getEvidence(first);
        assertEquals(sent.getEvidence().get(0).getSha256(), evidence.getEvidence().getSha256());
        assertEquals("application/pdf", evidence.getEvidence().getMediaType());
        try (InputStream in = evidence.getContent().getInputStream()) {
            assertArrayEquals(PDF, in.readAllBytes());
        }

        ReturnTransfer back = new ReturnTransfer();

        back.setId(sent.getId());
        back.setReasons("倾倒建筑垃圾由综合执法局查处");
        back.setSuggestedDepartmentCode("210800-ZHZF");
        Transfer returned = district.returnTransfer(back).getTransfer();
        assertEquals(TransferStatus.NOT_COMPETENT, returned.getStatus());
        assertEquals("210800-ZHZF", returned.getSuggestedDepartmentCode());
        ServiceFault late = assertThrows(ServiceFault.class, () -> {
            AcceptTransfer accept = new AcceptTransfer();
            accept.setId(sent.getId());
            accept.setCaseNumber("站市监立〔2026〕9号");
            district.acceptTransfer(accept);
        });
        assertEquals("SGPT-REQ-011", late.getFaultInfo().getCode(), "a decision after it was decided");

        ForwardTransfer on = new ForwardTransfer();

        on.setId(sent.getId());
        on.setToDepartmentCode(returned.getSuggestedDepartmentCode());
        Transfer forwarded = city.forwardTransfer(on).getTransfer();
        assertEquals(TransferStatus.SENT, forwarded.getStatus());
        assertEquals("210800-ZHZF", forwarded.getToDepartmentCode());
        GetTransfer read = new GetTransfer();
        read.setId(sent.getId());
        ServiceFault gone = assertThrows(ServiceFault.class, () -> district.getTransfer(read));
        assertEquals("SGPT-REQ-404", gone.getFaultInfo().getCode(), "the district no longer holds it");
        assertEquals(Platform.PERSON_ID, enforcement.getTransfer(read).getTransfer().getPartyId(), "the department deciding needs the full identity number");

        AcceptTransfer accept = new AcceptTransfer();

        accept.setId(sent.getId());
        accept.setCaseNumber("营综执立〔2026〕" + sent.getId() + "号");
        assertEquals(TransferStatus.ACCEPTED, enforcement.acceptTransfer(accept).getTransfer().getStatus());
    }

    @Test
    void aProgramNamedPdfAndAWithdrawnTransferAreNamedFaults() throws Exception {
        ServiceFault program = assertThrows(ServiceFault.class, () -> city.sendTransfer(transfer("soap-exe-"
                + System.nanoTime(), "笔录.pdf", EXECUTABLE)));
        assertEquals("SGPT-REQ-021", program.getFaultInfo().getCode(), program.getFaultInfo().getDetail());

        ServiceFault noMessageId = assertThrows(ServiceFault.class, () -> city.sendTransfer(transfer(null, "笔录.pdf",
                PDF)));
        assertEquals("SGPT-REQ-010", noMessageId.getFaultInfo().getCode(), "the request with attachments is checked too");
        assertTrue(noMessageId.getFaultInfo().getDetail().contains("messageId"), noMessageId.getFaultInfo().getDetail());

        Transfer sent = city.sendTransfer(transfer("soap-w-" + System.nanoTime(), "笔录.pdf", PDF)).getTransfer();
        WithdrawTransfer withdraw = new WithdrawTransfer();
        withdraw.setId(sent.getId());
        withdraw.setReason("发错了部门");
        assertEquals(TransferStatus.WITHDRAWN, city.withdrawTransfer(withdraw).getTransfer().getStatus());
        ServiceFault decided = assertThrows(ServiceFault.class, () -> {
            AcceptTransfer accept = new AcceptTransfer();
            accept.setId(sent.getId());
            accept.setCaseNumber("站市监立〔2026〕1号");
            district.acceptTransfer(accept);
        });
        assertEquals("SGPT-REQ-011", decided.getFaultInfo().getCode());
    }
}
