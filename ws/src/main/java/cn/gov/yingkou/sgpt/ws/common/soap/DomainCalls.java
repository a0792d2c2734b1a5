package cn.gov.yingkou.sgpt.ws.common.soap;

import java.util.function.Supplier;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.platform.boundary.ConflictRetry;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapCaller.FaultFactory;

/**
 * A call into the domain from an endpoint: a write that lost a race to another is run again (ConflictRetry), and the
 * domain's refusals become the contract's declared fault.
 */
public final class DomainCalls {

    private DomainCalls() {
    }

    public static <T, F extends Exception> T refusing(Supplier<T> call, FaultFactory<F> faults) throws F {
        try {
            return ConflictRetry.run(call);
        } catch (RecordNotFound e) {
            throw fault(faults, ErrorCode.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw fault(faults, ErrorCode.INVALID_VALUE, e.getMessage());
        } catch (MessageIdReused e) {
            throw fault(faults, ErrorCode.MESSAGE_ID_REUSED, e.getMessage());
        } catch (IllegalStateException e) {
            throw fault(faults, ErrorCode.INVALID_STATE, e.getMessage());
        } catch (AccessDenied e) {
            throw fault(faults, ErrorCode.FORBIDDEN, e.getMessage());
        }
    }

    public static <F extends Exception> F fault(FaultFactory<F> faults, ErrorCode code, String detail) {
        return faults.create(code.line(), FaultDetails.of(code, detail));
    }
}
