package cn.gov.yingkou.sgpt.ws.exchange;

import java.util.EnumSet;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import cn.gov.yingkou.sgpt.audit.boundary.AuditEvidence;
import cn.gov.yingkou.sgpt.exchange.boundary.PushFilter;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.licensing.boundary.ActionRecorded;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionKind;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActionRequest;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceActions;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;
import cn.gov.yingkou.sgpt.penalty.boundary.LicenceMeasure;
import cn.gov.yingkou.sgpt.penalty.boundary.NewPenaltyDecision;
import cn.gov.yingkou.sgpt.penalty.boundary.Penalties;
import cn.gov.yingkou.sgpt.penalty.boundary.Recorded;
import cn.gov.yingkou.sgpt.ws.common.security.SystemTokenInterceptor;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.DomainCalls;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ActOnLicence;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ActOnLicenceResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ActionKind;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.GetHandoverProof;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.GetHandoverProofResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.GetPendingHandovers;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.GetPendingHandoversResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.Handover;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.HandoverExchangePort;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.LicenceAction;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.Measure;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.PenaltyDecision;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ProofStep;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ReportPenalty;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ReportPenaltyResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ReturnHandover;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ReturnHandoverResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.ServiceFault;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.SignForHandover;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.SignForHandoverResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.WithdrawHandover;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v2.WithdrawHandoverResponse;

/**
 * Hand-over exchange contract v2 (WEB-INF/wsdl/exchange-v2.wsdl), published at /api/soap/exchange/v2 beside v1: every
 * kind of document handed to the caller's department, signing, returning and withdrawing, the proof; reporting a
 * penalty decision (Art 19 ¶1) and the issuing bureau's action on a licence (Art 19 ¶2). Each operation calls the
 * boundary method the portal and REST call; the boundaries decide who may.
 */
@WebService(serviceName = "HandoverExchangeService", portName = "HandoverExchangePort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/exchange/v2",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.exchange.v2.HandoverExchangePort",
        wsdlLocation = "WEB-INF/wsdl/exchange-v2.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = { SystemTokenInterceptor.class, BodyBeforeDispatch.class })
@OutFaultInterceptors(classes = FaultTranslator.class)
public class HandoverExchangeEndpoint implements HandoverExchangePort {

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @EJB
    Penalties penalties;

    @EJB
    LicenceActions actions;

    @Resource
    WebServiceContext context;

    @Override
    public GetPendingHandoversResponse getPendingHandovers(GetPendingHandovers request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        int max = request.getMax() == null ? 100 : request.getMax();
        DocumentKind kind = DocumentKind.valueOf(request.getKind().value());
        var page = refusing(() -> queries.inbox(caller, caller.department(), EnumSet.of(PushStatus.PUSHED),
                PushFilter.licence(null).of(kind), false, null, 0, max));
        GetPendingHandoversResponse response = new GetPendingHandoversResponse();
        response.setTotal(page.total());
        page.rows().stream().map(HandoverExchangeEndpoint::handover).forEach(response.getHandover()::add);
        return response;
    }

    @Override
    public SignForHandoverResponse signForHandover(SignForHandover request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        SignForHandoverResponse response = new SignForHandoverResponse();
        response.setHandover(handover(refusing(() -> pushes.sign(caller, request.getId()))));
        return response;
    }

    @Override
    public ReturnHandoverResponse returnHandover(ReturnHandover request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        ReturnHandoverResponse response = new ReturnHandoverResponse();
        response.setHandover(handover(refusing(() -> pushes.giveBack(caller, request.getId(), request.getReason()))));
        return response;
    }

    @Override
    public WithdrawHandoverResponse withdrawHandover(WithdrawHandover request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        WithdrawHandoverResponse response = new WithdrawHandoverResponse();
        response.setHandover(handover(refusing(() -> pushes.withdraw(caller, request.getId(), request.getReason()))));
        return response;
    }

    @Override
    public GetHandoverProofResponse getHandoverProof(GetHandoverProof request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        PushQueries.Proof proof = refusing(() -> queries.proof(caller, request.getId()));
        GetHandoverProofResponse response = new GetHandoverProofResponse();
        response.setHandover(handover(proof.push()));
        proof.steps().stream().map(HandoverExchangeEndpoint::step).forEach(response.getStep()::add);
        return response;
    }

    @Override
    public ReportPenaltyResponse reportPenalty(ReportPenalty request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        Recorded recorded = refusing(() -> penalties.record(caller, new NewPenaltyDecision(request.getMessageId(),
                request.getDecisionNumber(), XmlTime.localDate(request.getDecidedOn()), request.getLicenceNumber(),
                request.getFacts(), request.getLegalBasis(), request.getPenalty(),
                LicenceMeasure.valueOf(request.getMeasure().value()),
                request.getSuspendedUntil() == null ? null : XmlTime.localDate(request.getSuspendedUntil())),
                request.isHandOverNow() == null || request.isHandOverNow()));
        var d = recorded.decision();
        PenaltyDecision decision = new PenaltyDecision();
        decision.setId(d.id());
        decision.setMessageId(d.messageId());
        decision.setDepartmentCode(d.departmentCode());
        decision.setDecisionNumber(d.decisionNumber());
        decision.setDecidedOn(XmlTime.date(d.decidedOn()));
        decision.setLicenceNumber(d.licenceNumber());
        decision.setHolderName(d.holderName());
        decision.setBureauCode(d.bureauCode());
        decision.setMeasure(Measure.fromValue(d.measure().name()));
        decision.setSuspendedUntil(d.suspendedUntil() == null ? null : XmlTime.date(d.suspendedUntil()));
        decision.setHandoverId(d.handoverId());
        decision.setRepeated(recorded.repeated());
        ReportPenaltyResponse response = new ReportPenaltyResponse();
        response.setDecision(decision);
        return response;
    }

    @Override
    public ActOnLicenceResponse actOnLicence(ActOnLicence request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        ActionRecorded done = refusing(() -> actions.act(caller, request.getLicenceNumber(), new LicenceActionRequest(
                LicenceActionKind.valueOf(request.getKind().value()), request.getDocumentNumber(),
                XmlTime.localDate(request.getDecidedOn()), request.getReason(), request.getLegalBasis(),
                request.getNewScope(), request.getNewValidUntil() == null ? null : XmlTime.localDate(request.getNewValidUntil()),
                request.getNewCertificateRef(),
                request.getSuspendedUntil() == null ? null : XmlTime.localDate(request.getSuspendedUntil()),
                request.getAnswers(), request.getMessageId())));
        var a = done.action();
        LicenceAction action = new LicenceAction();
        action.setId(a.id());
        action.setLicenceNumber(a.licenceNumber());
        action.setKind(ActionKind.fromValue(a.kind().name()));
        action.setDocumentNumber(a.documentNumber());
        action.setDecidedOn(XmlTime.date(a.decidedOn()));
        action.setStatusBefore(a.statusBefore().name());
        action.setStatusAfter(a.statusAfter().name());
        action.setSuspendedUntil(a.suspendedUntil() == null ? null : XmlTime.date(a.suspendedUntil()));
        action.setAnswers(a.answers());
        action.setRepeated(done.repeated());
        ActOnLicenceResponse response = new ActOnLicenceResponse();
        response.setAction(action);
        return response;
    }

    private static ProofStep step(AuditEvidence evidence) {
        ProofStep step = new ProofStep();
        step.setOccurredAt(XmlTime.dateTime(evidence.entry().occurredAt()));
        step.setActor(evidence.entry().actor());
        step.setChannel(evidence.entry().channel().name());
        step.setAction(evidence.entry().action());
        step.setDetail(evidence.entry().detail());
        step.setChainSeq(evidence.chainSeq());
        step.setEntryHash(evidence.entryHash());
        step.setSealedAt(evidence.sealedAt() == null ? null : XmlTime.dateTime(evidence.sealedAt()));
        step.setIntact(evidence.intact());
        return step;
    }

    private static Handover handover(PushView v) {
        Handover h = new Handover();
        h.setId(v.id());
        h.setMessageId(v.messageId());
        h.setKind(cn.gov.yingkou.sgpt.ws.contract.exchange.v2.DocumentKind.fromValue(v.kind().name()));
        h.setDocumentNumber(v.documentNumber());
        h.setUnitCode(v.unitCode());
        h.setLicenceNumber(v.licenceNumber());
        h.setItemCode(v.itemCode());
        h.setFromDepartmentCode(v.fromDepartmentCode());
        h.setToDepartmentCode(v.toDepartmentCode());
        h.setPayload(v.payload());
        h.setStatus(v.status().name());
        h.setMadeAt(XmlTime.dateTime(v.issuedAt()));
        h.setPushedAt(v.pushedAt() == null ? null : XmlTime.dateTime(v.pushedAt()));
        h.setSignedAt(v.signedAt() == null ? null : XmlTime.dateTime(v.signedAt()));
        h.setDueAt(v.dueAt() == null ? null : XmlTime.dateTime(v.dueAt()));
        h.setOverdue(v.overdue());
        h.setAnswers(v.answers());
        h.setReturnReason(v.returnReason());
        h.setWithdrawReason(v.withdrawReason());
        return h;
    }

    private static <T> T refusing(Supplier<T> call) throws ServiceFault {
        return DomainCalls.refusing(call, ServiceFault::new);
    }
}
