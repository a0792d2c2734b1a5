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
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.ws.common.security.SystemTokenInterceptor;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.DomainCalls;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.ExchangePort;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.GetPendingPushes;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.GetPendingPushesResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.GetPushProof;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.GetPushProofResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.ProofStep;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.Push;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.ReturnPush;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.ReturnPushResponse;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.ServiceFault;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.SignForPush;
import cn.gov.yingkou.sgpt.ws.contract.exchange.v1.SignForPushResponse;

/**
 * Exchange contract v1 (WEB-INF/wsdl/exchange-v1.wsdl), published at /api/soap/exchange/v1, for a competent
 * department's industry system registered for EXCHANGE: its pending pushes, signing for one, sending one back,
 * and the proof of a push's hand-over.
 */
@WebService(serviceName = "ExchangeService", portName = "ExchangePort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/exchange/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.exchange.v1.ExchangePort",
        wsdlLocation = "WEB-INF/wsdl/exchange-v1.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = { SystemTokenInterceptor.class, BodyBeforeDispatch.class })
@OutFaultInterceptors(classes = FaultTranslator.class)
public class ExchangeEndpoint implements ExchangePort {

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @Resource
    WebServiceContext context;

    @Override
    public GetPendingPushesResponse getPendingPushes(GetPendingPushes request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        int max = request.getMax() == null ? 100 : request.getMax();
        var page = refusing(() -> queries.inbox(caller, caller.department(), EnumSet.of(PushStatus.PUSHED), null, false, 0, max));
        GetPendingPushesResponse response = new GetPendingPushesResponse();
        response.setTotal(page.total());
        page.rows().stream().map(ExchangeEndpoint::push).forEach(response.getPush()::add);
        return response;
    }

    @Override
    public SignForPushResponse signForPush(SignForPush request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        SignForPushResponse response = new SignForPushResponse();
        response.setPush(push(refusing(() -> pushes.sign(caller, request.getId()))));
        return response;
    }

    @Override
    public ReturnPushResponse returnPush(ReturnPush request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        ReturnPushResponse response = new ReturnPushResponse();
        response.setPush(push(refusing(() -> pushes.giveBack(caller, request.getId(), request.getReason()))));
        return response;
    }

    @Override
    public GetPushProofResponse getPushProof(GetPushProof request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        PushQueries.Proof proof = refusing(() -> queries.proof(caller, request.getId()));
        GetPushProofResponse response = new GetPushProofResponse();
        response.setPush(push(proof.push()));
        proof.steps().stream().map(ExchangeEndpoint::step).forEach(response.getStep()::add);
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

    private static Push push(PushView v) {
        Push push = new Push();
        push.setId(v.id());
        push.setMessageId(v.messageId());
        push.setUnitCode(v.unitCode());
        push.setLicenceNumber(v.licenceNumber());
        push.setItemCode(v.itemCode());
        push.setFromDepartmentCode(v.fromDepartmentCode());
        push.setToDepartmentCode(v.toDepartmentCode());
        push.setPayload(v.payload());
        push.setStatus(v.status().name());
        push.setPushedAt(v.pushedAt() == null ? null : XmlTime.dateTime(v.pushedAt()));
        push.setSignedAt(v.signedAt() == null ? null : XmlTime.dateTime(v.signedAt()));
        push.setDueAt(v.dueAt() == null ? null : XmlTime.dateTime(v.dueAt()));
        return push;
    }

    private static <T> T refusing(Supplier<T> call) throws ServiceFault {
        return DomainCalls.refusing(call, ServiceFault::new);
    }
}
