package cn.gov.yingkou.sgpt.it.licensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.client.licensing.v1.Applicant;
import cn.gov.yingkou.sgpt.client.licensing.v1.ApplicantKind;
import cn.gov.yingkou.sgpt.client.licensing.v1.CertificateForm;
import cn.gov.yingkou.sgpt.client.licensing.v1.GetApplication;
import cn.gov.yingkou.sgpt.client.licensing.v1.GetLicence;
import cn.gov.yingkou.sgpt.client.licensing.v1.GetLicenceChanges;
import cn.gov.yingkou.sgpt.client.licensing.v1.LicenceTerms;
import cn.gov.yingkou.sgpt.client.licensing.v1.LicensingPort;
import cn.gov.yingkou.sgpt.client.licensing.v1.LicensingService;
import cn.gov.yingkou.sgpt.client.licensing.v1.ServiceFault;
import cn.gov.yingkou.sgpt.client.licensing.v1.SubmitApplication;
import cn.gov.yingkou.sgpt.client.licensing.v1.SubmitFinishedResult;
import cn.gov.yingkou.sgpt.it.support.Platform;
import cn.gov.yingkou.sgpt.it.support.WsSecurity;

/** The licensing SOAP contract v1 as the provincial online service platform uses it, through a generated client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingSoapIT {

    private LicensingPort port;
    private DatatypeFactory xml;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.earWithFixtures();
    }

    @BeforeEach
    void connect() throws Exception {
        String system = Platform.registerSystem("ywtb.soap.", "210800-XZSP", "SOAP", "LICENSING_SUBMIT,LICENSING_READ");
        port = WsSecurity.usernameToken(new LicensingService(new URL(Platform.BASE + "/api/soap/licensing/v1?wsdl"))
                .getLicensingPort(), system, Platform.TEST_SYSTEM_SECRET, true);
        xml = DatatypeFactory.newInstance();
    }

    @Test
    void anApplicationIsReceivedOnceAndItsStatusRead() throws Exception {
        SubmitApplication request = application("soap-" + System.nanoTime(), "91350100M000100Y43", "0417-2801234");
        var first = port.submitApplication(request).getApplication();
        assertEquals("RECEIVED", first.getStatus());
        assertTrue(first.getMissingMaterial().size() >= 1);
        assertEquals(first.getNumber(), port.submitApplication(request).getApplication().getNumber(), "same message id");
        SubmitApplication otherContent = application(request.getMessageId(), "91350100M000100Y43", "0417-2809999");
        assertEquals("SGPT-REQ-013", assertThrows(ServiceFault.class, () -> port.submitApplication(otherContent))
                .getFaultInfo().getCode(), "a message id names one content");
        GetApplication status = new GetApplication();
        status.setNumber(first.getNumber());
        assertEquals("000105001000", port.getApplication(status).getApplication().getItemCode());
    }

    @Test
    void everyBadFieldIsNamedInOneFault() {
        ServiceFault refused = assertThrows(ServiceFault.class, () -> port.submitApplication(application(
                "soap-bad-" + System.nanoTime(), "91350100M000100Y44", "call me")));
        assertEquals("SGPT-REQ-010", refused.getFaultInfo().getCode());
        String detail = refused.getFaultInfo().getDetail();
        assertTrue(detail.contains("applicant.id: ") && detail.contains("applicant.contactPhone: "), detail);
        ServiceFault schema = assertThrows(ServiceFault.class, () -> port.submitApplication(application("has spaces",
                "91350100M000100Y43", "0417-2801234")));
        assertEquals("SGPT-REQ-003", schema.getFaultInfo().getCode());
    }

    @Test
    void aFinishedResultIsInTheRegisterAndAmongTheChanges() throws Exception {
        String number = "JY3210800" + System.nanoTime() % 10_000_000;
        assertEquals("ISSUED", port.submitFinishedResult(personsFinishedResult(number)).getApplication().getStatus());

        GetLicence licence = new GetLicence();
        licence.setNumber(number);
        assertEquals("VALID", port.getLicence(licence).getLicence().getStatus());
        GetLicenceChanges changes = new GetLicenceChanges();
        changes.setSince(xml.newXMLGregorianCalendar("2026-01-01T00:00:00+08:00"));
        var answer = port.getLicenceChanges(changes);
        assertTrue(answer.isComplete());
        assertTrue(answer.getLicence().stream().anyMatch(l -> l.getNumber().equals(number)));
    }

    /** A licence holder's ID number: in full to the issuing bureau and the supervising department, masked for others. */
    @Test
    void aPersonsIdentifierIsMaskedForADepartmentWithNoNeedToKnow() throws Exception {
        String number = "JY3210800" + System.nanoTime() % 10_000_000;
        port.submitFinishedResult(personsFinishedResult(number));
        GetLicence licence = new GetLicence();
        licence.setNumber(number);
        assertEquals("11010519491231002X", port.getLicence(licence).getLicence().getHolderId(), "the issuing bureau");
        assertEquals("11010519491231002X", reader("scjg.soap.", "210800-SCJG").getLicence(licence).getLicence()
                .getHolderId(), "the supervising department");
        assertEquals("1101**********002X", reader("ysj.soap.", "210800-YSJ").getLicence(licence).getLicence()
                .getHolderId(), "the business-environment bureau has no need to know");
    }

    private static LicensingPort reader(String prefix, String department) throws Exception {
        String system = Platform.registerSystem(prefix, department, "SOAP", "LICENSING_READ");
        return WsSecurity.usernameToken(new LicensingService(new URL(Platform.BASE + "/api/soap/licensing/v1?wsdl"))
                .getLicensingPort(), system, Platform.TEST_SYSTEM_SECRET, true);
    }

    /** A county department's system asks for the city's application and licence as if they did not exist. */
    @Test
    void aCountySystemIsToldNothingOfTheCitysRecords() throws Exception {
        String application = port.submitApplication(application("soap-city-" + System.nanoTime(), "91350100M000100Y43",
                "0417-2801234")).getApplication().getNumber();
        String licence = "JY3210800" + System.nanoTime() % 10_000_000;
        Platform.submitFinishedFoodResult(Platform.basic(Platform.registerSystem("ywtb.rest.", "210800-XZSP", "REST",
                "LICENSING_SUBMIT"), Platform.TEST_SYSTEM_SECRET), licence, "营口城区食品店");
        String system = Platform.registerSystem("gz.scjg.soap.", "210881-SCJG", "SOAP", "LICENSING_READ");
        LicensingPort county = WsSecurity.usernameToken(new LicensingService(new URL(Platform.BASE
                + "/api/soap/licensing/v1?wsdl")).getLicensingPort(), system, Platform.TEST_SYSTEM_SECRET, true);

        GetApplication status = new GetApplication();
        status.setNumber(application);
        ServiceFault hidden = assertThrows(ServiceFault.class, () -> county.getApplication(status));
        status.setNumber(application + "9");
        ServiceFault missing = assertThrows(ServiceFault.class, () -> county.getApplication(status));
        assertEquals(missing.getFaultInfo().getCode(), hidden.getFaultInfo().getCode());
        assertEquals(missing.getFaultInfo().getDetail().replace(application + "9", application),
                hidden.getFaultInfo().getDetail(), "a hidden application reads as a missing one");
        GetLicence byNumber = new GetLicence();
        byNumber.setNumber(licence);
        assertEquals(hidden.getFaultInfo().getCode(), assertThrows(ServiceFault.class, () -> county.getLicence(byNumber))
                .getFaultInfo().getCode());
        assertEquals("VALID", port.getLicence(byNumber).getLicence().getStatus(), "the city's own system reads it");

        GetLicenceChanges changes = new GetLicenceChanges();
        changes.setSince(xml.newXMLGregorianCalendar("2026-01-01T00:00:00+08:00"));
        assertTrue(county.getLicenceChanges(changes).getLicence().stream().noneMatch(l -> l.getNumber().equals(licence)),
                "the city's licence is not among the county's changes");
        assertTrue(port.getLicenceChanges(changes).getLicence().stream().anyMatch(l -> l.getNumber().equals(licence)));
    }

    @Test
    void aFinishedResultWithBadFieldsIsRefusedInOneFaultNamingEach() throws Exception {
        String number = "JY5210800" + System.nanoTime() % 10_000_000;
        SubmitFinishedResult result = new SubmitFinishedResult();
        result.setMessageId("soap-fin-bad-" + System.nanoTime());
        result.setUnitCode("210800");
        result.setItemCode("000105001000");
        Applicant applicant = applicant("110105194912310021", "call me", ApplicantKind.PERSON);
        applicant.setContactName(" ");
        result.setApplicant(applicant);
        result.setAcceptedAt(xml.newXMLGregorianCalendar("2026-11-09T09:00:00+08:00"));
        result.setDecidedAt(xml.newXMLGregorianCalendar("2026-11-02T09:00:00+08:00"));
        result.setIssuedAt(xml.newXMLGregorianCalendar(java.time.OffsetDateTime.now().plusDays(1).toString()));
        LicenceTerms terms = new LicenceTerms();
        terms.setNumber(number);
        terms.setScope(" ");
        terms.setValidFrom(xml.newXMLGregorianCalendarDate(2026, 11, 10, DatatypeConstants.FIELD_UNDEFINED));
        terms.setValidUntil(xml.newXMLGregorianCalendarDate(2026, 11, 1, DatatypeConstants.FIELD_UNDEFINED));
        terms.setForm(CertificateForm.ELECTRONIC);
        terms.setCertificateRef("");
        result.setLicence(terms);
        ServiceFault refused = assertThrows(ServiceFault.class, () -> port.submitFinishedResult(result));
        assertEquals("SGPT-REQ-010", refused.getFaultInfo().getCode());
        String detail = refused.getFaultInfo().getDetail();
        List<String> named = java.util.Arrays.stream(detail.split("；")).map(p -> p.substring(0, p.indexOf(": "))).toList();
        assertEquals(List.of("applicant.id", "applicant.contactName", "applicant.contactPhone", "licence.scope",
                "licence.validUntil", "licence.certificateRef", "decidedAt", "issuedAt"), named, detail);
        GetLicence licence = new GetLicence();
        licence.setNumber(number);
        assertEquals("SGPT-REQ-404", assertThrows(ServiceFault.class, () -> port.getLicence(licence)).getFaultInfo().getCode(),
                "nothing was registered");
    }

    /** A food licence decided elsewhere for a person (李四), issued 10 November 2026. */
    private SubmitFinishedResult personsFinishedResult(String number) {
        SubmitFinishedResult result = new SubmitFinishedResult();
        result.setMessageId("soap-fin-" + System.nanoTime());
        result.setUnitCode("210800");
        result.setItemCode("000105001000");
        result.setApplicant(applicant("11010519491231002X", "13900000000", ApplicantKind.PERSON));
        result.getMaterial().add("申请书");
        result.setAcceptedAt(xml.newXMLGregorianCalendar("2026-11-02T09:00:00+08:00"));
        result.setDecidedAt(xml.newXMLGregorianCalendar("2026-11-09T09:00:00+08:00"));
        result.setIssuedAt(xml.newXMLGregorianCalendar("2026-11-10T09:00:00+08:00"));
        LicenceTerms terms = new LicenceTerms();
        terms.setNumber(number);
        terms.setScope("热食类食品制售");
        terms.setValidFrom(xml.newXMLGregorianCalendarDate(2026, 11, 10, DatatypeConstants.FIELD_UNDEFINED));
        terms.setForm(CertificateForm.ELECTRONIC);
        terms.setCertificateRef("210800.JY.20261110.0002");
        result.setLicence(terms);
        return result;
    }

    private SubmitApplication application(String messageId, String creditCode, String phone) {
        SubmitApplication request = new SubmitApplication();
        request.setMessageId(messageId);
        request.setUnitCode("210800");
        request.setItemCode("000105001000");
        request.setApplicant(applicant(creditCode, phone, ApplicantKind.ORGANISATION));
        request.getMaterial().add("食品经营许可申请书");
        return request;
    }

    private static Applicant applicant(String id, String phone, ApplicantKind kind) {
        Applicant applicant = new Applicant();
        applicant.setKind(kind);
        applicant.setId(id);
        applicant.setName(kind == ApplicantKind.PERSON ? "李四" : "营口前置机食品店");
        applicant.setContactName("王店长");
        applicant.setContactPhone(phone);
        return applicant;
    }
}
