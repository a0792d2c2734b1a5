package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;

/**
 * Where systems' submissions enter: each in its own transaction. When the same message id arrives twice at
 * once, the second insert of its id fails on the key after the first commits; the second then answers
 * what the first created, as a repeat sent later would get.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Submissions {

    @EJB
    Applications applications;

    @EJB
    FinishedResults finished;

    @EJB
    LicensingRecords records;

    public ApplicationView application(Caller caller, NewApplication request) {
        return once(caller, request.messageId(), () -> applications.receive(caller, request));
    }

    public ApplicationView finishedResult(Caller caller, FinishedResult result) {
        return once(caller, result.messageId(), () -> finished.submit(caller, result));
    }

    private ApplicationView once(Caller caller, String messageId, Supplier<ApplicationView> submit) {
        try {
            return submit.get();
        } catch (EJBException e) {
            if (messageId == null) {
                throw e;
            }
            // A database may refuse the second key before the first transaction has committed: look a few times.
            for (int attempt = 0; attempt < 5; attempt++) {
                Optional<ApplicationView> first = records.submitted(caller, messageId);
                if (first.isPresent()) {
                    return first.get();
                }
                pause();
            }
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
