package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;
import cn.gov.yingkou.sgpt.shared.Beijing;

/**
 * The public check of a printed licence (no login): the code in its QR code answers the licence's number, holder,
 * item, validity, issuer and standing now — revoked shows as revoked — and nothing more: no identifiers, no contacts,
 * no materials. A code is 100 random bits, so licences cannot be listed by trying codes.
 */
@Stateless
public class LicenceVerification {

    private static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{20}");

    /** What the public page shows of a licence. */
    public record Verified(String number, String holderName, String itemName, LocalDate validFrom, LocalDate validUntil,
            LicenceStatus status, boolean pastValidity, String issuerZh, String issuerEn) {
    }

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    Departments departments;

    /** The licence the code was printed for; none for a code that is malformed or was never printed. */
    public Optional<Verified> verify(String code) {
        if (code == null || !CODE.matcher(code.strip().toUpperCase()).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Licence.byVerificationCode", Licence.class).setParameter("code", code.strip().toUpperCase())
                .getResultStream().findFirst().map(this::verified);
    }

    private Verified verified(Licence licence) {
        LicenceTerms terms = licence.terms();
        DepartmentRef issuer = departments.byId(licence.handled().departmentId()).orElseThrow();
        boolean past = terms.validUntil() != null && terms.validUntil().isBefore(LocalDate.now(Beijing.ZONE));
        return new Verified(licence.number(), licence.holder().name(), licence.handled().itemName(), terms.validFrom(),
                terms.validUntil(), licence.status(), past, issuer.nameZh(), issuer.nameEn());
    }
}
