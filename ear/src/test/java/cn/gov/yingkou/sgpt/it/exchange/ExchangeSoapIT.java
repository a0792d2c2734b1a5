package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.exchange.v1.ExchangePort;
import cn.gov.yingkou.sgpt.client.exchange.v1.ExchangeService;
import cn.gov.yingkou.sgpt.client.exchange.v1.GetPendingPushes;
import cn.gov.yingkou.sgpt.client.exchange.v1.GetPushProof;
import cn.gov.yingkou.sgpt.client.exchange.v1.ProofStep;
import cn.gov.yingkou.sgpt.client.exchange.v1.ReturnPush;
import cn.gov.yingkou.sgpt.client.exchange.v1.ServiceFault;
import cn.gov.yingkou.sgpt.client.exchange.v1.SignForPush;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.RawSoap;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/** The market-supervision bureau's industry system pulls its pending pushes and signs for one over SOAP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeSoapIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @Test
    void pendingPushesAreSignedForOnceEvenWhenTheMessageRepeats() throws Exception {
        String licence = submitFinishedFoodResult();
        String system = Platform.registerSystem("scjg.soap.", "210800-SCJG", "SOAP", "EXCHANGE");
        ExchangePort port = WsSecurity.usernameToken(new ExchangeService(new URL(Platform.BASE
                + "/api/soap/exchange/v1?wsdl")).getExchangePort(), system, Platform.TEST_SYSTEM_SECRET, false);

        GetPendingPushes pending = new GetPendingPushes();
        pending.setMax(500);
        var answer = port.getPendingPushes(pending);
        var push = answer.getPush().stream().filter(p -> p.getLicenceNumber().equals(licence)).findFirst()
                .orElseThrow(() -> new AssertionError(licence + " not pending; total " + answer.getTotal()));
        assertTrue(push.getPayload().contains("营口SOAP签收店"), push.getPayload());
        assertEquals(36, push.getMessageId().length());

        SignForPush sign = new SignForPush();
        sign.setId(push.getId());
        assertEquals("SIGNED", port.signForPush(sign).getPush().getStatus());
        assertEquals("SIGNED", port.signForPush(sign).getPush().getStatus(), "a repeated message changes nothing");

        ReturnPush late = new ReturnPush();
        late.setId(push.getId());
        late.setReason("签收后发现不属于本部门");
        assertEquals("SGPT-REQ-011", assertThrows(ServiceFault.class, () -> port.returnPush(late)).getFaultInfo().getCode());
        RawSoap.assertFault(RawSoap.call(Platform.BASE + "/api/soap/exchange/v1", system, Platform.TEST_SYSTEM_SECRET,
                "<p:returnPush xmlns:p='http://sgpt.yingkou.gov.cn/ws/exchange/v1'><p:id>" + push.getId()
                        + "</p:id><p:reason>签收后发现不属于本部门</p:reason></p:returnPush>"), "soap:Client", "SGPT-REQ-011");
        ReturnPush unknown = new ReturnPush();
        unknown.setId(-1);
        unknown.setReason("无");
        assertEquals("SGPT-REQ-404", assertThrows(ServiceFault.class, () -> port.returnPush(unknown)).getFaultInfo().getCode());

        GetPushProof proof = new GetPushProof();
        proof.setId(push.getId());
        var steps = port.getPushProof(proof).getStep();
        assertEquals(List.of("push.prepare", "push.push", "push.sign"), steps.stream().map(ProofStep::getAction).toList(),
                "the department's own proof of when it was pushed and when it signed");
        assertEquals(List.of(system, "SOAP"), List.of(steps.get(2).getActor(), steps.get(2).getChannel()));
        GetPushProof none = new GetPushProof();
        none.setId(-1);
        assertEquals("SGPT-REQ-404", assertThrows(ServiceFault.class, () -> port.getPushProof(none)).getFaultInfo().getCode());
    }

    private static String submitFinishedFoodResult() throws Exception {
        String licence = "XS210800" + System.nanoTime() % 100_000_000L;
        Platform.submitFinishedFoodResult(Platform.basic(Platform.registerSystem("ywtb.s.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT"), Platform.TEST_SYSTEM_SECRET), licence, "营口SOAP签收店");
        return licence;
    }
}
