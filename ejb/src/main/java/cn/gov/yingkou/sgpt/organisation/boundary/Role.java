package cn.gov.yingkou.sgpt.organisation.boundary;

/** What a person may do within their department; the names are the security roles the server sees. */
public enum Role {
    CLERK, LIAISON_OFFICER, DEPARTMENT_HEAD, ADMINISTRATOR, OVERSIGHT, SYSTEM
}
