package cn.gov.yingkou.sgpt.ws.licensing;

import java.time.Instant;
import java.util.function.Supplier;

import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationView;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResult;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceRegister;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceView;
import cn.gov.yingkou.sgpt.licensing.boundary.NewApplication;
import cn.gov.yingkou.sgpt.licensing.boundary.Submissions;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.ws.common.security.SystemTokenInterceptor;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.DomainCalls;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.Applicant;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.ApplicationInfo;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.GetApplication;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.GetApplicationResponse;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.GetLicence;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.GetLicenceChanges;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.GetLicenceChangesResponse;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.GetLicenceResponse;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.Licence;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.LicensingPort;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.ServiceFault;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.SubmitApplication;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.SubmitApplicationResponse;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.SubmitFinishedResult;
import cn.gov.yingkou.sgpt.ws.contract.licensing.v1.SubmitFinishedResultResponse;

/**
 * Licensing contract v1 (WEB-INF/wsdl/licensing-v1.wsdl), published at /api/soap/licensing/v1: applications and
 * finished results in (LICENSING_SUBMIT), status and the register out (LICENSING_READ). The services decide
 * who may do what; their refusals become the declared fault with the domain's bilingual reason.
 */
@WebService(serviceName = "LicensingService", portName = "LicensingPort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/licensing/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.licensing.v1.LicensingPort",
        wsdlLocation = "WEB-INF/wsdl/licensing-v1.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = { SystemTokenInterceptor.class, BodyBeforeDispatch.class })
@OutFaultInterceptors(classes = FaultTranslator.class)
public class LicensingEndpoint implements LicensingPort {

    @EJB
    Submissions submissions;

    @EJB
    ApplicationQueries queries;

    @EJB
    LicenceRegister register;

    @Resource
    WebServiceContext context;

    @Override
    public SubmitApplicationResponse submitApplication(SubmitApplication request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        SubmitApplicationResponse response = new SubmitApplicationResponse();
        response.setApplication(info(refusing(() -> {
            FieldChecks checks = new FieldChecks();
            var applicant = applicant(checks, request.getApplicant());
            var application = checks.check("", () -> new NewApplication(request.getUnitCode(), request.getItemCode(), applicant,
                    request.getMaterial(), request.getMessageId()));
            checks.refuseIfAny();
            return submissions.application(caller, application).application();
        })));
        return response;
    }

    @Override
    public SubmitFinishedResultResponse submitFinishedResult(SubmitFinishedResult request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        SubmitFinishedResultResponse response = new SubmitFinishedResultResponse();
        response.setApplication(info(refusing(() -> {
            FieldChecks checks = new FieldChecks();
            var applicant = applicant(checks, request.getApplicant());
            var accepted = time(checks, "acceptedAt", request.getAcceptedAt());
            var decided = time(checks, "decidedAt", request.getDecidedAt());
            var issued = time(checks, "issuedAt", request.getIssuedAt());
            cn.gov.yingkou.sgpt.ws.contract.licensing.v1.LicenceTerms l = request.getLicence();
            var terms = l == null ? null : checks.check("licence", () -> new LicenceTerms(l.getScope(),
                    l.getValidFrom() == null ? null : XmlTime.localDate(l.getValidFrom()),
                    l.getValidUntil() == null ? null : XmlTime.localDate(l.getValidUntil()),
                    l.getForm() == null ? null : CertificateForm.valueOf(l.getForm().value()), l.getCertificateRef()));
            var result = checks.check("", () -> new FinishedResult(request.getUnitCode(), request.getItemCode(), applicant,
                    request.getMaterial(), accepted, decided, issued, l == null ? null : l.getNumber(), terms,
                    request.getMessageId()));
            checks.refuseIfAny();
            return submissions.finishedResult(caller, result).application();
        })));
        return response;
    }

    @Override
    public GetApplicationResponse getApplication(GetApplication request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetApplicationResponse response = new GetApplicationResponse();
        response.setApplication(info(refusing(() -> queries.status(caller, request.getNumber()))));
        return response;
    }

    @Override
    public GetLicenceResponse getLicence(GetLicence request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetLicenceResponse response = new GetLicenceResponse();
        response.setLicence(licence(refusing(() -> register.byNumber(caller, request.getNumber()))));
        return response;
    }

    @Override
    public GetLicenceChangesResponse getLicenceChanges(GetLicenceChanges request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        LicenceRegister.Changes changes = refusing(() -> register.changedSince(caller, XmlTime.instant(request.getSince())));
        GetLicenceChangesResponse response = new GetLicenceChangesResponse();
        response.setSince(XmlTime.dateTime(changes.since()));
        response.setNext(XmlTime.dateTime(changes.next()));
        response.setComplete(changes.complete());
        changes.licences().stream().map(LicensingEndpoint::licence).forEach(response.getLicence()::add);
        return response;
    }

    private static cn.gov.yingkou.sgpt.licensing.boundary.Applicant applicant(FieldChecks checks, Applicant a) {
        return a == null ? null : checks.check("applicant", () -> new cn.gov.yingkou.sgpt.licensing.boundary.Applicant(
                a.getKind() == null ? null : ApplicantKind.valueOf(a.getKind().value()), a.getId(), a.getName(),
                a.getContactName(), a.getContactPhone()));
    }

    private static Instant time(FieldChecks checks, String field, XMLGregorianCalendar value) {
        return value == null ? null : checks.check(field, () -> XmlTime.instant(value));
    }

    private static ApplicationInfo info(ApplicationView v) {
        ApplicationInfo info = new ApplicationInfo();
        info.setNumber(v.number());
        info.setUnitCode(v.unitCode());
        info.setItemCode(v.itemCode());
        info.setItemName(v.itemName());
        info.setApplicantName(v.applicantName());
        info.setStatus(v.status().name());
        info.setReceivedAt(XmlTime.dateTime(v.receivedAt()));
        info.setAcceptedAt(v.acceptedAt() == null ? null : XmlTime.dateTime(v.acceptedAt()));
        info.setDecidedAt(v.decidedAt() == null ? null : XmlTime.dateTime(v.decidedAt()));
        info.setReasons(v.reasons());
        info.getMissingMaterial().addAll(v.missingMaterials());
        info.setLicenceNumber(v.licenceNumber());
        return info;
    }

    private static Licence licence(LicenceView v) {
        Licence licence = new Licence();
        licence.setNumber(v.number());
        licence.setApplicationNumber(v.applicationNumber());
        licence.setUnitCode(v.unitCode());
        licence.setItemCode(v.itemCode());
        licence.setItemName(v.itemName());
        licence.setHolderKind(cn.gov.yingkou.sgpt.ws.contract.licensing.v1.ApplicantKind.fromValue(v.holderKind().name()));
        licence.setHolderId(v.holderId());
        licence.setHolderName(v.holderName());
        licence.setScope(v.scope());
        licence.setValidFrom(XmlTime.date(v.validFrom()));
        licence.setValidUntil(v.validUntil() == null ? null : XmlTime.date(v.validUntil()));
        licence.setForm(cn.gov.yingkou.sgpt.ws.contract.licensing.v1.CertificateForm.fromValue(v.form().name()));
        licence.setCertificateRef(v.certificateRef());
        licence.setStatus(v.status().name());
        licence.setIssuedAt(XmlTime.dateTime(v.issuedAt()));
        licence.setChangedAt(XmlTime.dateTime(v.changedAt()));
        return licence;
    }

    private static <T> T refusing(Supplier<T> call) throws ServiceFault {
        return DomainCalls.refusing(call, ServiceFault::new);
    }
}
