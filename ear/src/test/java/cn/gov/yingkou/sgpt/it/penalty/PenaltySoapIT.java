package cn.gov.yingkou.sgpt.it.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.exchange.v2.ActOnLicence;
import cn.gov.yingkou.sgpt.client.exchange.v2.ActionKind;
import cn.gov.yingkou.sgpt.client.exchange.v2.DocumentKind;
import cn.gov.yingkou.sgpt.client.exchange.v2.GetHandoverProof;
import cn.gov.yingkou.sgpt.client.exchange.v2.GetPendingHandovers;
import cn.gov.yingkou.sgpt.client.exchange.v2.HandoverExchangePort;
import cn.gov.yingkou.sgpt.client.exchange.v2.HandoverExchangeService;
import cn.gov.yingkou.sgpt.client.exchange.v2.Measure;
import cn.gov.yingkou.sgpt.client.exchange.v2.ProofStep;
import cn.gov.yingkou.sgpt.client.exchange.v2.ReportPenalty;
import cn.gov.yingkou.sgpt.client.exchange.v2.ServiceFault;
import cn.gov.yingkou.sgpt.client.exchange.v2.SignForHandover;
import cn.gov.yingkou.sgpt.client.exchange.v2.WithdrawHandover;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RawSoap;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/**
 * The penalty loop between two systems over the hand-over exchange contract v2: the market bureau's penalty system
 * reports decisions (named faults for a bad one, a repeat answered as the first, a withdrawal), the approval bureau's
 * system pulls the penalty decisions, signs for one and cancels the licence, and the market system pulls the action.
 * The v1 contract's pending pushes still list results only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PenaltySoapIT {

    private static final String ADDRESS = Platform.BASE + "/api/soap/exchange/v2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    private static HandoverExchangePort port(String system) throws Exception {
        return WsSecurity.usernameToken(new HandoverExchangeService(new URL(ADDRESS + "?wsdl")).getHandoverExchangePort(),
                system, Platform.TEST_SYSTEM_SECRET, false);
    }

    private static ReportPenalty report(String messageId, String number, String licence, Measure measure) throws Exception {
        ReportPenalty report = new ReportPenalty();
        report.setMessageId(messageId);
        report.setDecisionNumber(number);
        report.setDecidedOn(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-09-30"));
        report.setLicenceNumber(licence);
        report.setFacts("超范围经营");
        report.setLegalBasis("《食品安全法》第一百二十二条");
        report.setPenalty("罚款五万元");
        report.setMeasure(measure);
        return report;
    }

    @Test
    void aPenaltyReportedOverSoapComesBackAsTheBureausCancellation() throws Exception {
        String licence = "PS210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(Platform.basic(Platform.registerSystem("ywtb.ps.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT"), Platform.TEST_SYSTEM_SECRET), licence, "营口SOAP处罚店");
        String marketSystem = Platform.registerSystem("scjg.ps.", "210800-SCJG", "SOAP", "PENALTY_REPORT,EXCHANGE");
        String bureauSystem = Platform.registerSystem("spj.ps.", "210800-XZSP", "SOAP", "LICENSING_SUBMIT,EXCHANGE");
        HandoverExchangePort market = port(marketSystem);
        HandoverExchangePort bureau = port(bureauSystem);

        ServiceFault missing = assertThrows(ServiceFault.class, () -> market.reportPenalty(report("ps-bad-" + licence, " ",
                licence, Measure.CANCEL)));
        assertEquals("SGPT-REQ-010", missing.getFaultInfo().getCode());
        assertTrue(missing.getFaultInfo().getDetail().contains("decisionNumber"), "named by its field: "
                + missing.getFaultInfo().getDetail());
        assertEquals("SGPT-REQ-404", assertThrows(ServiceFault.class, () -> market.reportPenalty(report("ps-x-" + licence,
                "营市监罚〔2026〕9号", "NO" + licence, Measure.CANCEL))).getFaultInfo().getCode());
        assertEquals("SGPT-AUTH-403", assertThrows(ServiceFault.class, () -> bureau.reportPenalty(report("ps-y-" + licence,
                "营市监罚〔2026〕9号", licence, Measure.CANCEL))).getFaultInfo().getCode());
        RawSoap.assertFault(RawSoap.call(ADDRESS, marketSystem, Platform.TEST_SYSTEM_SECRET,
                "<x:reportPenalty xmlns:x='http://sgpt.yingkou.gov.cn/ws/exchange/v2'><x:messageId>m</x:messageId>"
                        + "<x:decisionNumber>1</x:decisionNumber><x:decidedOn>2026-09-30</x:decidedOn><x:licenceNumber>"
                        + licence + "</x:licenceNumber><x:facts>f</x:facts><x:legalBasis>b</x:legalBasis><x:penalty>p"
                        + "</x:penalty><x:measure>BURN</x:measure></x:reportPenalty>"), "soap:Client", "SGPT-REQ-003");

        String number = "营市监罚〔2026〕" + licence.substring(8) + "号";
        var first = market.reportPenalty(report("ps-" + licence, number, licence, Measure.CANCEL)).getDecision();
        assertFalse(first.isRepeated());
        var again = market.reportPenalty(report("ps-" + licence, number, licence, Measure.CANCEL)).getDecision();
        assertTrue(again.isRepeated());
        assertEquals(first.getHandoverId(), again.getHandoverId());
        assertEquals("SGPT-REQ-013", assertThrows(ServiceFault.class, () -> market.reportPenalty(report("ps-" + licence,
                number, licence, Measure.REVOKE))).getFaultInfo().getCode());

        ReportPenalty wrong = report("ps-w-" + licence, number + "误", licence, Measure.REVOKE);
        wrong.setHandOverNow(false);
        long mistaken = market.reportPenalty(wrong).getDecision().getHandoverId();
        WithdrawHandover withdraw = new WithdrawHandover();
        withdraw.setId(mistaken);
        withdraw.setReason("文号录错，撤回重报");
        assertEquals("WITHDRAWN", market.withdrawHandover(withdraw).getHandover().getStatus());

        GetPendingHandovers pending = new GetPendingHandovers();
        pending.setKind(DocumentKind.PENALTY);
        pending.setMax(500);
        var handed = bureau.getPendingHandovers(pending).getHandover().stream()
                .filter(h -> licence.equals(h.getLicenceNumber())).toList();
        assertEquals(List.of(first.getHandoverId()), handed.stream().map(h -> h.getId()).toList(), "the withdrawn one is not pending");
        assertTrue(handed.get(0).getPayload().contains("\"measure\":\"CANCEL\""));
        SignForHandover sign = new SignForHandover();
        sign.setId(first.getHandoverId());
        assertEquals("SIGNED", bureau.signForHandover(sign).getHandover().getStatus());

        ActOnLicence cancel = new ActOnLicence();
        cancel.setMessageId("pa-" + licence);
        cancel.setLicenceNumber(licence);
        cancel.setKind(ActionKind.CANCEL);
        cancel.setDocumentNumber("营审批注〔2026〕" + licence.substring(8) + "号");
        cancel.setDecidedOn(DatatypeFactory.newInstance().newXMLGregorianCalendar(
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        cancel.setReason("依处罚决定注销");
        cancel.setLegalBasis("《中华人民共和国行政许可法》第七十条");
        cancel.setAnswers(first.getHandoverId());
        var action = bureau.actOnLicence(cancel).getAction();
        assertEquals(List.of("VALID", "CANCELLED"), List.of(action.getStatusBefore(), action.getStatusAfter()));
        assertTrue(bureau.actOnLicence(cancel).getAction().isRepeated());

        pending.setKind(DocumentKind.LICENCE_ACTION);
        var back = market.getPendingHandovers(pending).getHandover().stream()
                .filter(h -> licence.equals(h.getLicenceNumber())).findFirst().orElseThrow();
        assertEquals(first.getHandoverId(), back.getAnswers());
        pending.setKind(DocumentKind.RESULT);
        assertTrue(market.getPendingHandovers(pending).getHandover().stream().allMatch(h -> h.getKind() == DocumentKind.RESULT));

        GetHandoverProof proof = new GetHandoverProof();
        proof.setId(first.getHandoverId());
        assertEquals(List.of("push.prepare", "push.push", "push.sign"), market.getHandoverProof(proof).getStep().stream()
                .map(ProofStep::getAction).toList());
    }
}
