package cn.gov.yingkou.sgpt.ws.platform;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;

import org.apache.cxf.annotations.SchemaValidation;
import org.apache.cxf.interceptor.InInterceptors;
import org.apache.cxf.interceptor.OutFaultInterceptors;

import cn.gov.yingkou.sgpt.platform.boundary.PlatformInfo;
import cn.gov.yingkou.sgpt.platform.boundary.PlatformService;
import cn.gov.yingkou.sgpt.ws.common.soap.BodyBeforeDispatch;
import cn.gov.yingkou.sgpt.ws.common.soap.FaultTranslator;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.platform.v1.GetPlatformInfo;
import cn.gov.yingkou.sgpt.ws.contract.platform.v1.GetPlatformInfoResponse;
import cn.gov.yingkou.sgpt.ws.contract.platform.v1.Ping;
import cn.gov.yingkou.sgpt.ws.contract.platform.v1.PingResponse;
import cn.gov.yingkou.sgpt.ws.contract.platform.v1.PlatformPort;

/** Platform contract v1 (WEB-INF/wsdl/platform-v1.wsdl), published at /api/soap/platform/v1. */
@WebService(serviceName = "PlatformService", portName = "PlatformPort",
        targetNamespace = "http://sgpt.yingkou.gov.cn/ws/platform/v1",
        endpointInterface = "cn.gov.yingkou.sgpt.ws.contract.platform.v1.PlatformPort",
        wsdlLocation = "WEB-INF/wsdl/platform-v1.wsdl")
@SchemaValidation(type = SchemaValidation.SchemaValidationType.IN)
@InInterceptors(classes = BodyBeforeDispatch.class)
@OutFaultInterceptors(classes = FaultTranslator.class)
public class PlatformEndpoint implements PlatformPort {

    public static final String CONTRACT_VERSION = "platform/v1";

    @EJB
    PlatformService platform;

    @Override
    public PingResponse ping(Ping request) {
        PingResponse response = new PingResponse();
        response.setEcho(request.getEcho());
        response.setServerTime(XmlTime.dateTime(java.time.Instant.now()));
        return response;
    }

    /** The contract requires the elements; an empty one says the value is not told here. */
    private static final String WITHHELD = "";

    @Override
    public GetPlatformInfoResponse getPlatformInfo(GetPlatformInfo request) {
        // The open contract authenticates no one, so it tells no versions; the authenticated REST /info does.
        PlatformInfo info = platform.info().withoutVersions();
        var out = new cn.gov.yingkou.sgpt.ws.contract.platform.v1.PlatformInfo();
        out.setNameZh(info.nameZh());
        out.setNameEn(info.nameEn());
        out.setVersion(WITHHELD);
        out.setServerRelease(WITHHELD);
        out.setContractVersion(CONTRACT_VERSION);
        out.setMode(info.mode());
        out.setTimeZone(info.timeZone());
        out.setServerTime(XmlTime.dateTime(info.serverTime()));
        out.setSchemaVersion(info.schemaVersion());
        GetPlatformInfoResponse response = new GetPlatformInfoResponse();
        response.setInfo(out);
        return response;
    }
}
