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
 * Where systems' submissions enter: each in its own transaction. A message id already used answers what it created
 * (a repeat), or is refused when the content differs (MessageIdReused). When the same message id arrives twice at
 * once, the second insert of its id fails on the key after the first commits; the second then answers what the first
 * created, as a repeat sent later would get.
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

    public Submitted application(Caller caller, NewApplication request) {
        return once(caller, request.messageId(), LicensingRecords.digest(request),
                () -> applications.receiveOnce(caller, request));
    }

    public Submitted finishedResult(Caller caller, FinishedResult result) {
        return once(caller, result.messageId(), LicensingRecords.digest(result),
                () -> finished.submitOnce(caller, result));
    }

    private Submitted once(Caller caller, String messageId, String digest, Supplier<Submitted> submit) {
        try {
            return submit.get();
        } catch (EJBException e) {
            if (messageId == null) {
                throw e;
            }
            // A database may refuse the second key before the first transaction has committed: look a few times.
            for (int attempt = 0; attempt < 5; attempt++) {
                Optional<ApplicationView> first = records.submitted(caller, messageId, digest);
                if (first.isPresent()) {
                    return new Submitted(first.get(), true);
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
