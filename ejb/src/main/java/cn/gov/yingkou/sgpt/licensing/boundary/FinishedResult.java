package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An application decided elsewhere (the provincial online service platform) and submitted finished: when it
 * was accepted, decided and the licence issued, the licence's own number and terms. It goes straight into
 * the register, and on to the push.
 */
public record FinishedResult(String unitCode, String itemCode, Applicant applicant, List<String> materials,
        Instant acceptedAt, Instant decidedAt, Instant issuedAt, String licenceNumber, LicenceTerms terms,
        String messageId) {
}
