package cn.gov.yingkou.sgpt.ws.common.soap;

import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.contract.common.v1.Fault;

/** The detail of a declared ServiceFault: the platform's code, its texts, and what exactly was wrong. */
public final class FaultDetails {

    private FaultDetails() {
    }

    public static Fault of(ErrorCode code, String detail) {
        Fault fault = new Fault();
        fault.setCode(code.code());
        fault.setMessageZh(code.messageZh());
        fault.setMessageEn(code.messageEn());
        fault.setDetail(detail);
        return fault;
    }
}
