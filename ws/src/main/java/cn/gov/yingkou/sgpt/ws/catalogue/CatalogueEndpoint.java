package cn.gov.yingkou.sgpt.ws.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueChanges.ChangeSet;
import cn.gov.yingkou.sgpt.catalogue.boundary.CatalogueChanges;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.security.SystemTokenInterceptor;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.DomainCalls;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.CataloguePort;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetChanges;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetChangesResponse;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetImplementationList;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetImplementationListHistory;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetImplementationListHistoryResponse;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetImplementationListResponse;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetItemList;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetItemListResponse;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetItemListVersion;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetItemListVersionResponse;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetPushList;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.GetPushListResponse;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ServiceFault;

/**
 * Catalogue contract v1 (WEB-INF/wsdl/catalogue-v1.wsdl), published at /api/soap/catalogue/v1, for external
 * systems registered for CATALOGUE_READ (WS-Security UsernameToken): item lists, implementation lists, push
 * lists, and what changed since an instant.
 */
@WebService(serviceName = "CatalogueService", portName = "CataloguePort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/catalogue/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.CataloguePort",
        wsdlLocation = "WEB-INF/wsdl/catalogue-v1.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = { SystemTokenInterceptor.class, BodyBeforeDispatch.class })
@OutFaultInterceptors(classes = FaultTranslator.class)
public class CatalogueEndpoint implements CataloguePort {

    @EJB
    ItemLists itemLists;

    @EJB
    ImplementationLists implementations;

    @EJB
    PushLists pushLists;

    @EJB
    CatalogueChanges changes;

    @Resource
    WebServiceContext context;

    @Override
    public GetItemListResponse getItemList(GetItemList request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        LocalDate day = request.getOn() == null ? Beijing.today()
                : refusing(() -> XmlTime.localDate(request.getOn()));
        GetItemListResponse response = new GetItemListResponse();
        response.setItemList(CatalogueMessages.itemList(found(refusing(() -> itemLists.inForce(caller,
                request.getUnitCode(), day)), "单位 " + request.getUnitCode() + " 在 " + day + " 没有生效的事项清单 / No item list of "
                + "unit " + request.getUnitCode() + " was in force on " + day)));
        return response;
    }

    @Override
    public GetItemListVersionResponse getItemListVersion(GetItemListVersion request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetItemListVersionResponse response = new GetItemListVersionResponse();
        response.setItemList(CatalogueMessages.itemList(refusing(() -> itemLists.version(caller, request.getUnitCode(),
                request.getNumber()))));
        return response;
    }

    @Override
    public GetImplementationListResponse getImplementationList(GetImplementationList request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetImplementationListResponse response = new GetImplementationListResponse();
        response.setVersion(CatalogueMessages.implementation(found(refusing(() -> implementations.inEffect(caller,
                request.getUnitCode(), request.getItemCode())), "事项 " + request.getItemCode() + " 没有现行实施清单 / Item "
                + request.getItemCode() + " has no implementation list in effect")));
        return response;
    }

    @Override
    public GetImplementationListHistoryResponse getImplementationListHistory(GetImplementationListHistory request)
            throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetImplementationListHistoryResponse response = new GetImplementationListHistoryResponse();
        refusing(() -> implementations.history(caller, request.getUnitCode(), request.getItemCode())).stream()
                .map(CatalogueMessages::implementation).forEach(response.getVersion()::add);
        return response;
    }

    @Override
    public GetPushListResponse getPushList(GetPushList request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        GetPushListResponse response = new GetPushListResponse();
        response.setPushList(CatalogueMessages.pushList(found(refusing(() -> pushLists.of(caller, request.getUnitCode(),
                request.getItemCode())), "事项 " + request.getItemCode() + " 没有推送清单 / Item " + request.getItemCode()
                + " has no push list")));
        return response;
    }

    @Override
    public GetChangesResponse getChanges(GetChanges request) throws ServiceFault {
        Caller caller = SoapCaller.of(context);
        ChangeSet set = refusing(() -> changes.since(caller, request.getUnitCode(), XmlTime.instant(request.getSince())));
        GetChangesResponse response = new GetChangesResponse();
        response.setSince(XmlTime.dateTime(set.since()));
        response.setNext(XmlTime.dateTime(set.next()));
        response.setComplete(set.complete());
        set.itemLists().stream().map(CatalogueMessages::summary).forEach(response.getItemList()::add);
        set.implementationLists().stream().map(CatalogueMessages::implementation)
                .forEach(response.getImplementationList()::add);
        set.pushLists().stream().map(CatalogueMessages::pushList).forEach(response.getPushList()::add);
        return response;
    }

    private static <T> T found(Optional<T> answer, String otherwise) throws ServiceFault {
        if (answer.isEmpty()) {
            throw DomainCalls.fault(ServiceFault::new, ErrorCode.NOT_FOUND, otherwise);
        }
        return answer.get();
    }

    private static <T> T refusing(Supplier<T> call) throws ServiceFault {
        return DomainCalls.refusing(call, ServiceFault::new);
    }
}
