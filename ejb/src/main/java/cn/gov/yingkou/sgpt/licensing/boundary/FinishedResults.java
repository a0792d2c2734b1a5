package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.audit.boundary.AuditTrail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemFacts;
import cn.gov.yingkou.sgpt.licensing.control.LicensingRecords;
import cn.gov.yingkou.sgpt.licensing.entity.Application;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;

/**
 * Results decided elsewhere, submitted finished (how most results reach the platform): the application is
 * recorded as accepted and granted when it was, the licence enters the register under its own number, and
 * the same message id again answers the first submission.
 */
@Stateless
public class FinishedResults {

    @EJB
    LicensingRecords records;

    @Inject
    Event<LicenceIssued> issued;

    @EJB
    ItemFacts items;

    @EJB
    AuditTrail audit;

    public ApplicationView submit(Caller caller, FinishedResult result) {
        return submitOnce(caller, result).application();
    }

    /** As {@link #submit}, saying whether the message id had been submitted before (then nothing is created). */
    public Submitted submitOnce(Caller caller, FinishedResult result) {
        DepartmentRef bureau = records.receivingBureau(caller, result.unitCode());
        String digest = LicensingRecords.digest(result);
        Optional<ApplicationView> earlier = records.submitted(caller, result.messageId(), digest);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), true);
        }
        Instant now = Instant.now();
        ItemFacts.Item item = items.inForce(result.unitCode(), result.itemCode());
        Application application = records.create(bureau, item, result.applicant(), result.materials(), caller,
                result.acceptedAt());
        application.decidedElsewhere(result.acceptedAt(), result.decidedAt(), caller.username());
        Licence licence = records.issue(application, result.licenceNumber(), result.terms(), caller.username(),
                result.issuedAt());
        application.issued(licence.id(), now);
        records.remember(caller, result.messageId(), digest, application, now);
        audit.record(caller.actor(), "application.finished", "application", application.number(), item.code() + " "
                + item.name() + ", decided " + result.decidedAt() + " over " + caller.channel()
                + LicensingRecords.actingFor(caller, bureau), LicensingRecords.receivedFacts(caller, bureau, item,
                        application).with("decided", result.decidedAt()).with("licence", licence.number()));
        audit.record(caller.actor(), "licence.issue", LicensingRecords.LICENCE_RECORD, licence.number(),
                "for " + application.number() + ", issued " + result.issuedAt(),
                AuditFacts.of("application", application.number()).with("issued", result.issuedAt()));
        ApplicationView view = records.view(application, item);
        issued.fire(new LicenceIssued(records.licenceView(licence), view, caller.actor()));
        return new Submitted(view, false);
    }
}
