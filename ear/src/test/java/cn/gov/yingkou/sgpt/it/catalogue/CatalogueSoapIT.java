package cn.gov.yingkou.sgpt.it.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.catalogue.v1.CataloguePort;
import cn.gov.yingkou.sgpt.client.catalogue.v1.CatalogueService;
import cn.gov.yingkou.sgpt.client.catalogue.v1.GetChanges;
import cn.gov.yingkou.sgpt.client.catalogue.v1.GetImplementationList;
import cn.gov.yingkou.sgpt.client.catalogue.v1.GetImplementationListHistory;
import cn.gov.yingkou.sgpt.client.catalogue.v1.GetItemList;
import cn.gov.yingkou.sgpt.client.catalogue.v1.GetItemListVersion;
import cn.gov.yingkou.sgpt.client.catalogue.v1.GetPushList;
import cn.gov.yingkou.sgpt.client.catalogue.v1.ImplementationState;
import cn.gov.yingkou.sgpt.client.catalogue.v1.ListStatus;
import cn.gov.yingkou.sgpt.client.catalogue.v1.PushField;
import cn.gov.yingkou.sgpt.client.catalogue.v1.ServiceFault;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/** The catalogue SOAP contract v1 as a provincial system reads the demo city's catalogue with a generated client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueSoapIT {

    private static final String FOOD = "000105001000";

    private CataloguePort port;
    private DatatypeFactory xml;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeEach
    void connect() throws Exception {
        port = WsSecurity.asDemoSystem(new CatalogueService(new URL(Platform.BASE + "/api/soap/catalogue/v1?wsdl"))
                .getCataloguePort());
        xml = DatatypeFactory.newInstance();
    }

    @Test
    void theListInForceAndOneOfItsVersions() throws Exception {
        GetItemList request = new GetItemList();
        request.setUnitCode("210800");
        request.setOn(xml.newXMLGregorianCalendarDate(2026, 11, 28, DatatypeConstants.FIELD_UNDEFINED));
        var list = port.getItemList(request).getItemList();
        assertEquals(1, list.getSummary().getNumber());
        assertEquals(ListStatus.FILED, list.getSummary().getStatus());
        assertEquals("2026-01-01", list.getSummary().getEffectiveFrom().toXMLFormat());
        assertEquals(4, list.getItem().size());
        assertEquals(FOOD, list.getItem().get(0).getCode());
        assertEquals("210800-SCJG", list.getItem().get(0).getDepartmentCode());

        GetItemListVersion version = new GetItemListVersion();
        version.setUnitCode("210800");
        version.setNumber(1);
        assertEquals(4, port.getItemListVersion(version).getItemList().getSummary().getItemCount());
    }

    @Test
    void anItemsImplementationListHistoryAndPushList() throws Exception {
        GetImplementationList request = new GetImplementationList();
        request.setUnitCode("210800");
        request.setItemCode(FOOD);
        var version = port.getImplementationList(request).getVersion();
        assertEquals(ImplementationState.IN_EFFECT, version.getState());
        assertEquals(10, version.getContent().getTimeLimitDays());
        assertEquals(4, version.getContent().getMaterial().size());
        assertEquals("制证送达", version.getContent().getProcessStep().get(4));

        GetImplementationListHistory history = new GetImplementationListHistory();
        history.setUnitCode("210800");
        history.setItemCode(FOOD);
        assertFalse(port.getImplementationListHistory(history).getVersion().isEmpty());

        GetPushList push = new GetPushList();
        push.setUnitCode("210800");
        push.setItemCode(FOOD);
        var list = port.getPushList(push).getPushList();
        assertEquals("210800-SCJG", list.getReceivingDepartmentCode());
        assertTrue(list.getField().containsAll(java.util.List.of(PushField.ITEM_NAME, PushField.APPLICANT_NAME,
                PushField.CONTACT, PushField.MATERIALS, PushField.DECISION)));
    }

    @Test
    void changesSinceAnInstantIncludeTheDemoCatalogue() throws Exception {
        GetChanges request = new GetChanges();
        request.setSince(xml.newXMLGregorianCalendar("2020-01-01T00:00:00+08:00"));
        request.setUnitCode("210800");
        var changes = port.getChanges(request);
        assertTrue(changes.isComplete());
        assertTrue(changes.getItemList().stream().anyMatch(l -> l.getNumber() == 1 && l.getStatus() == ListStatus.FILED));
        assertTrue(changes.getImplementationList().stream().anyMatch(v -> v.getItemCode().equals(FOOD)));
        assertTrue(changes.getPushList().stream().anyMatch(p -> p.getItemCode().equals(FOOD)));
        assertTrue(changes.getNext().toGregorianCalendar().toInstant().isAfter(java.time.Instant.parse("2020-01-01T00:00:00Z")));
    }

    @Test
    void whatIsMissingOrRefusedIsAFaultWithItsCode() throws Exception {
        GetImplementationList none = new GetImplementationList();
        none.setUnitCode("210800");
        none.setItemCode("000112002000");
        ServiceFault missing = assertThrows(ServiceFault.class, () -> port.getImplementationList(none));
        assertEquals("SGPT-REQ-404", missing.getFaultInfo().getCode());
        assertTrue(missing.getFaultInfo().getDetail().contains("000112002000"));

        GetItemList unknown = new GetItemList();
        unknown.setUnitCode("999999");
        ServiceFault refused = assertThrows(ServiceFault.class, () -> port.getItemList(unknown));
        assertEquals("SGPT-REQ-404", refused.getFaultInfo().getCode(), "not found, as everywhere");
        assertTrue(refused.getFaultInfo().getDetail().contains("No unit with code 999999"));

        GetItemList before = new GetItemList();
        before.setUnitCode("210800");
        before.setOn(xml.newXMLGregorianCalendarDate(2025, 12, 31, DatatypeConstants.FIELD_UNDEFINED));
        assertEquals("SGPT-REQ-404", assertThrows(ServiceFault.class, () -> port.getItemList(before)).getFaultInfo().getCode());

        GetItemList tooLong = new GetItemList();
        tooLong.setUnitCode("2".repeat(41));
        assertEquals("SGPT-REQ-003", assertThrows(ServiceFault.class, () -> port.getItemList(tooLong)).getFaultInfo().getCode());
    }

    @Test
    void aSystemWithoutCatalogueReadIsRefused() throws Exception {
        String calendarOnly = Platform.registerSystem("sys.soapcal", null, "SOAP", "CALENDAR_READ");
        CataloguePort other = WsSecurity.usernameToken(new CatalogueService(new URL(Platform.BASE
                + "/api/soap/catalogue/v1?wsdl")).getCataloguePort(), calendarOnly, Platform.TEST_SYSTEM_SECRET, false);
        GetItemList request = new GetItemList();
        request.setUnitCode("210800");
        assertEquals("SGPT-AUTH-403", assertThrows(ServiceFault.class, () -> other.getItemList(request)).getFaultInfo().getCode());
    }
}
