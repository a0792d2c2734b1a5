package cn.gov.yingkou.sgpt.web.publicform;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintLookup;
import cn.gov.yingkou.sgpt.supervision.boundary.Complaints;
import cn.gov.yingkou.sgpt.web.faces.Feedback;

/**
 * The complainant's lookup (no login): with the reference and the code, which department has it, by when it answers,
 * and its answer. A wrong code and an unknown reference are told alike (a code is one of 25^8).
 */
@Named
@ViewScoped
public class ComplaintStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    private String reference;
    private String code;
    private ComplaintLookup found;

    public void look() {
        found = null;
        try {
            found = complaints.lookup(reference, code);
        } catch (RecordNotFound e) {
            Feedback.error("public.lookup.noMatch");
        }
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ComplaintLookup getFound() { return found; }
}
