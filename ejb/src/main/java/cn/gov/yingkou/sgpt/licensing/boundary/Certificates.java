package cn.gov.yingkou.sgpt.licensing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import cn.gov.yingkou.sgpt.licensing.control.CertificateFont;
import cn.gov.yingkou.sgpt.licensing.control.CertificatePdf;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;

/** A licence's printable certificate, for those who may read the register. */
@Stateless
public class Certificates {

    /** The certificate as a file. */
    public record Certificate(String fileName, byte[] content) {
        public static final String MEDIA_TYPE = "application/pdf";
    }

    @EJB
    LicenceRegister register;

    @EJB
    Departments departments;

    public Certificate pdf(Caller caller, String licenceNumber) {
        LicenceView licence = register.byNumber(caller, licenceNumber);
        String issuer = departments.require(licence.issuingDepartmentCode()).nameZh();
        return new Certificate("licence-" + licence.number().replaceAll("[^0-9A-Za-z.\\-]", "_") + ".pdf",
                CertificatePdf.render(licence, issuer, CertificateFont.require()));
    }
}
