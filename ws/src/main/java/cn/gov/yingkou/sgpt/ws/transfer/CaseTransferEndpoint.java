package cn.gov.yingkou.sgpt.ws.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.soap.MTOM;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.FieldChecks;
import cn.gov.yingkou.sgpt.transfer.boundary.CaseOutcome;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceDownload;
import cn.gov.yingkou.sgpt.transfer.boundary.NewTransfer;
import cn.gov.yingkou.sgpt.transfer.boundary.ReceivedEvidence;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferBox;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferView;
import cn.gov.yingkou.sgpt.transfer.boundary.Transfers;
import cn.gov.yingkou.sgpt.ws.common.security.SystemTokenInterceptor;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.DomainCalls;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.AcceptTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.AcceptTransferResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.CaseTransferPort;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.CloseCase;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.CloseCaseResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.DeclineTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.DeclineTransferResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.Evidence;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.EvidenceUpload;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ForwardTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ForwardTransferResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.GetEvidence;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.GetEvidenceResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.GetTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.GetTransferResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ListTransfers;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ListTransfersResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.PartyKind;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ReturnTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ReturnTransferResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.SendTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.SendTransferResponse;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.ServiceFault;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.Transfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.WithdrawTransfer;
import cn.gov.yingkou.sgpt.ws.contract.transfer.v1.WithdrawTransferResponse;

/**
 * Case transfer contract v1 (WEB-INF/wsdl/transfer-v1.wsdl), published at /api/soap/transfer/v1 for a department's case
 * system (CASE_TRANSFER): evidence comes and goes as MTOM attachments, which CXF keeps in temporary files past a small
 * threshold and the evidence store takes as a stream. Each operation calls the boundary the portal and REST call.
 */
@WebService(serviceName = "CaseTransferService", portName = "CaseTransferPort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/transfer/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.transfer.v1.CaseTransferPort",
        wsdlLocation = "WEB-INF/wsdl/transfer-v1.wsdl")
@MTOM
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = { SystemTokenInterceptor.class, BodyBeforeDispatch.class, AttachmentsUnvalidated.class })
@OutFaultInterceptors(classes = FaultTranslator.class)
public class CaseTransferEndpoint implements CaseTransferPort {

    @EJB
    Transfers transfers;

    @Resource
    WebServiceContext context;

    @Override
    public SendTransferResponse sendTransfer(SendTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        required(request);
        NewTransfer transfer = new NewTransfer(request.getMessageId(), request.getToDepartmentCode(), request.getFacts(),
                request.getPlace(), request.getFoundOn() == null ? null : XmlTime.localDate(request.getFoundOn()),
                request.getPartyKind() == null ? null : ApplicantKind.valueOf(request.getPartyKind().value()), request.getPartyName(), request.getPartyId(),
                request.getProvision(), request.getLicenceNumber(), request.getSupervisionRecord());
        refusing(() -> {
            transfers.check(caller, transfer, request.getEvidence().size());
            return null;
        });
        List<ReceivedEvidence> evidence = new ArrayList<>();
        for (EvidenceUpload file : request.getEvidence()) {
            evidence.add(refusing(() -> {
                try (InputStream content = file.getContent().getInputStream()) {
                    return transfers.receive(caller, file.getFileName(), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        var sent = refusing(() -> transfers.send(caller, transfer, evidence));
        SendTransferResponse response = new SendTransferResponse();
        response.setTransfer(transfer(sent.transfer()));
        response.setRepeated(sent.repeated());
        return response;
    }

    /**
     * What the schema would have refused in the one request read without it (AttachmentsUnvalidated): a missing message
     * id or file; a value of the wrong form reaches the domain as absent and is refused there by its field's name.
     */
    private static void required(SendTransfer request) throws ServiceFault {
        FieldChecks checks = new FieldChecks();
        checks.require("messageId", request.getMessageId() != null, "消息编号必填 / messageId is required");
        for (int i = 0; i < request.getEvidence().size(); i++) {
            EvidenceUpload file = request.getEvidence().get(i);
            checks.require("evidence[" + i + "]", file != null && file.getContent() != null,
                    "证据文件缺少内容 / The evidence file has no content");
        }
        refusing(() -> {
            checks.refuseIfAny();
            return null;
        });
    }

    @Override
    public ListTransfersResponse listTransfers(ListTransfers request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        Set<TransferStatus> statuses = EnumSet.noneOf(TransferStatus.class);
        request.getStatus().forEach(s -> statuses.add(TransferStatus.valueOf(s.value())));
        var page = refusing(() -> transfers.list(caller, null, TransferBox.valueOf(request.getBox().value()), statuses,
                request.getFirst() == null ? 0 : request.getFirst(), request.getMax() == null ? 50 : request.getMax()));
        ListTransfersResponse response = new ListTransfersResponse();
        response.setTotal(page.total());
        page.rows().stream().map(CaseTransferEndpoint::transfer).forEach(response.getTransfer()::add);
        return response;
    }

    @Override
    public GetTransferResponse getTransfer(GetTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetTransferResponse response = new GetTransferResponse();
        response.setTransfer(transfer(refusing(() -> transfers.transfer(caller, request.getId()))));
        return response;
    }

    @Override
    public AcceptTransferResponse acceptTransfer(AcceptTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        AcceptTransferResponse response = new AcceptTransferResponse();
        response.setTransfer(transfer(refusing(() -> transfers.accept(caller, request.getId(), request.getCaseNumber()))));
        return response;
    }

    @Override
    public DeclineTransferResponse declineTransfer(DeclineTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        DeclineTransferResponse response = new DeclineTransferResponse();
        response.setTransfer(transfer(refusing(() -> transfers.decline(caller, request.getId(), request.getReasons()))));
        return response;
    }

    @Override
    public ReturnTransferResponse returnTransfer(ReturnTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        ReturnTransferResponse response = new ReturnTransferResponse();
        response.setTransfer(transfer(refusing(() -> transfers.returnNotCompetent(caller, request.getId(),
                request.getReasons(), request.getSuggestedDepartmentCode()))));
        return response;
    }

    @Override
    public ForwardTransferResponse forwardTransfer(ForwardTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        ForwardTransferResponse response = new ForwardTransferResponse();
        response.setTransfer(transfer(refusing(() -> transfers.sendOn(caller, request.getId(),
                request.getToDepartmentCode()))));
        return response;
    }

    @Override
    public WithdrawTransferResponse withdrawTransfer(WithdrawTransfer request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        WithdrawTransferResponse response = new WithdrawTransferResponse();
        response.setTransfer(transfer(refusing(() -> transfers.withdraw(caller, request.getId(), request.getReason()))));
        return response;
    }

    @Override
    public CloseCaseResponse closeCase(CloseCase request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        CloseCaseResponse response = new CloseCaseResponse();
        response.setTransfer(transfer(refusing(() -> transfers.close(caller, request.getId(), new CaseOutcome(
                request.getOutcome(), XmlTime.localDate(request.getClosedOn()), request.getPenaltyDecisionNumber())))));
        return response;
    }

    @Override
    public GetEvidenceResponse getEvidence(GetEvidence request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        EvidenceDownload file = refusing(() -> transfers.evidence(caller, request.getId(), request.getPosition()));
        GetEvidenceResponse response = new GetEvidenceResponse();
        response.setEvidence(evidence(request.getPosition(), new ReceivedEvidence(file.fileName(), file.type(), file.mediaType(),
                file.size(), file.sha256(), file.sm3())));
        response.setContent(new DataHandler(new Streamed(file)));
        return response;
    }

    private static Transfer transfer(TransferView v) {
        Transfer t = new Transfer();
        t.setId(v.id());
        t.setNumber(v.number());
        t.setMessageId(v.messageId());
        t.setFromDepartmentCode(v.fromDepartmentCode());
        t.setToDepartmentCode(v.toDepartmentCode());
        t.setFacts(v.facts());
        t.setPlace(v.place());
        t.setFoundOn(XmlTime.date(v.foundOn()));
        t.setPartyKind(PartyKind.fromValue(v.partyKind()));
        t.setPartyName(v.partyName());
        t.setPartyId(v.partyId());
        t.setProvision(v.provision());
        t.setLicenceNumber(v.licenceNumber());
        t.setSupervisionRecord(v.supervisionRecord());
        t.setStatus(cn.gov.yingkou.sgpt.ws.contract.transfer.v1.TransferStatus.fromValue(v.status().name()));
        t.setSentAt(XmlTime.dateTime(v.sentAt()));
        t.setSentBy(v.sentBy());
        t.setDecidedAt(v.decidedAt() == null ? null : XmlTime.dateTime(v.decidedAt()));
        t.setDecidedBy(v.decidedBy());
        t.setCaseNumber(v.caseNumber());
        t.setReasons(v.reasons());
        t.setSuggestedDepartmentCode(v.suggestedDepartmentCode());
        t.setClosedOn(v.closedOn() == null ? null : XmlTime.date(v.closedOn()));
        t.setOutcome(v.outcome());
        t.setPenaltyDecisionNumber(v.penaltyDecisionNumber());
        t.setPenaltyDecisionId(v.penaltyDecisionId());
        t.setHandoverId(v.handoverId());
        for (int i = 0; i < v.evidence().size(); i++) {
            t.getEvidence().add(evidence(i + 1, v.evidence().get(i)));
        }
        return t;
    }

    private static Evidence evidence(int position, ReceivedEvidence e) {
        Evidence evidence = new Evidence();
        evidence.setPosition(position);
        evidence.setFileName(e.fileName());
        evidence.setType(e.type());
        evidence.setMediaType(e.mediaType());
        evidence.setSize(e.size());
        evidence.setSha256(e.sha256());
        evidence.setSm3(e.sm3());
        return evidence;
    }

    /** The evidence file as the attachment's source: read once, as CXF writes it out. */
    private record Streamed(EvidenceDownload file) implements DataSource {

        @Override
        public InputStream getInputStream() {
            return file.content();
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException("evidence is read only");
        }

        @Override
        public String getContentType() {
            return file.mediaType();
        }

        @Override
        public String getName() {
            return file.fileName();
        }
    }

    private static <T> T refusing(Supplier<T> call) throws ServiceFault {
        return DomainCalls.refusing(call, ServiceFault::new);
    }
}
