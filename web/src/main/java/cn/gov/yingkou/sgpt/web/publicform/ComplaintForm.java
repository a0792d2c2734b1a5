package cn.gov.yingkou.sgpt.web.publicform;

import java.io.Serializable;
import java.util.Map;

import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintKind;
import cn.gov.yingkou.sgpt.supervision.boundary.NewComplaint;

/**
 * What a complaint form holds, on the public form and on the clerk's: the fields, the complaint they make, and which
 * input each field of a refusal is told at (the form's inputs carry the same ids on both pages).
 */
public class ComplaintForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    private String licenceNumber;
    private String departmentCode;
    private String subjectName;
    private String content;
    private String complainantName;
    private String complainantPhone;

    public NewComplaint complaint() {
        return new NewComplaint(null, kind, licenceNumber, departmentCode, subjectName, content, complainantName,
                complainantPhone, null);
    }

    /** The inputs of the form {@code formId}, by the fields a refusal names. */
    public static Map<String, String> inputs(String formId) {
        return Map.of("kind", formId + ":kind", "licenceNumber", formId + ":licence", "departmentCode",
                formId + ":department", "subjectName", formId + ":subject", "content", formId + ":content",
                "complainantName", formId + ":name", "complainantPhone", formId + ":phone");
    }

    public ComplaintKind[] getKinds() { return ComplaintKind.values(); }
    public ComplaintKind getKind() { return kind; }
    public void setKind(ComplaintKind kind) { this.kind = kind; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getSubjectName() { return subjectName; }
    public void setSubjectName(String subjectName) { this.subjectName = subjectName; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getComplainantName() { return complainantName; }
    public void setComplainantName(String complainantName) { this.complainantName = complainantName; }
    public String getComplainantPhone() { return complainantPhone; }
    public void setComplainantPhone(String complainantPhone) { this.complainantPhone = complainantPhone; }
}
