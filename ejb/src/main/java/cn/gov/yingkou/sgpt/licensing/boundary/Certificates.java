package cn.gov.yingkou.sgpt.licensing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.yingkou.sgpt.licensing.control.CertificateFont;
import cn.gov.yingkou.sgpt.licensing.control.CertificatePdf;
import cn.gov.yingkou.sgpt.licensing.entity.Licence;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;

/** A licence's printable certificate, for those who may read the register. */
@Stateless
public class Certificates {

    /** The certificate as a file. */
    public record Certificate(String fileName, byte[] content) {
        public static final String MEDIA_TYPE = "application/pdf";
    }

    /** The system property naming the portal's public address (https://sgpt.example.gov.cn), if not the caller's. */
    public static final String PUBLIC_URL = "sgpt.public.url";
    /** The public verification page, relative to the portal, with its code parameter. */
    public static final String VERIFY_PAGE = "/verify.xhtml?c=";

    @PersistenceContext(unitName = "sgpt")
    EntityManager em;

    @EJB
    LicenceRegister register;

    @EJB
    Departments departments;

    /**
     * The certificate, its QR code leading to the licence's public verification page on the portal at {@code portalUrl}
     * (the address the caller reached the platform by), or at {@value #PUBLIC_URL} where the platform is published
     * under another address than its clients reach it by.
     */
    public Certificate pdf(Caller caller, String licenceNumber, String portalUrl) {
        LicenceView licence = register.byNumber(caller, licenceNumber);
        String issuer = departments.require(licence.issuingDepartmentCode()).nameZh();
        String code = em.createNamedQuery("Licence.byNumber", Licence.class).setParameter("number", licence.number())
                .getSingleResult().verificationCode();
        String base = System.getProperty(PUBLIC_URL, portalUrl).replaceAll("/+$", "");
        return new Certificate("licence-" + licence.number().replaceAll("[^0-9A-Za-z.\\-]", "_") + ".pdf",
                CertificatePdf.render(licence, issuer, CertificateFont.require(), base + VERIFY_PAGE + code));
    }
}
