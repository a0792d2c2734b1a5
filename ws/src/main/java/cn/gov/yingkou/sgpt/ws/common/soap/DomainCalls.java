package cn.gov.yingkou.sgpt.ws.common.soap;

import java.util.function.Supplier;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.platform.boundary.ConflictRetry;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.ws.common.DatabaseUnavailable;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.EvidenceFailures;
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
        } catch (RuntimeException e) {
            ErrorCode code = codeOf(e);
            if (code == null) {
                throw e;
            }
            throw fault(faults, code, code == ErrorCode.UNAVAILABLE ? DatabaseUnavailable.DETAIL : e.getMessage());
        }
    }

    /** The declared fault's code for a refusal of the domain; the database being out of reach is none, whatever carries it. */
    private static ErrorCode codeOf(RuntimeException failure) {
        if (DatabaseUnavailable.in(failure)) {
            return ErrorCode.UNAVAILABLE;
        }
        ErrorCode evidence = EvidenceFailures.codeOf(failure);
        if (evidence != null) {
            return evidence;
        }
        if (failure instanceof RecordNotFound) {
            return ErrorCode.NOT_FOUND;
        }
        if (failure instanceof IllegalArgumentException) {
            return ErrorCode.INVALID_VALUE;
        }
        if (failure instanceof MessageIdReused) {
            return ErrorCode.MESSAGE_ID_REUSED;
        }
        if (failure instanceof IllegalStateException) {
            return ErrorCode.INVALID_STATE;
        }
        return failure instanceof AccessDenied ? ErrorCode.FORBIDDEN : null;
    }

    public static <F extends Exception> F fault(FaultFactory<F> faults, ErrorCode code, String detail) {
        return faults.create(code.line(), FaultDetails.of(code, detail));
    }
}
