package cn.gov.yingkou.sgpt.organisation.boundary;

/** Only ACTIVE accounts can authenticate (the Elytron realm query filters on it). */
public enum AccountStatus {
    ACTIVE, LOCKED, DISABLED
}
