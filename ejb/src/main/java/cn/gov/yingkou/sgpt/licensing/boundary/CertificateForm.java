package cn.gov.yingkou.sgpt.licensing.boundary;

/** 制式证照: a printed certificate with the stock number of its form, or an electronic licence (GB/T 36903). */
public enum CertificateForm {
    PAPER, ELECTRONIC
}
