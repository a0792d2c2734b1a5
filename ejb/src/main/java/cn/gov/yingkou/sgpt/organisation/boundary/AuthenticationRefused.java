package cn.gov.yingkou.sgpt.organisation.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An external system's credentials, address or channel did not check out. No rollback: the audit entry of
 * the refusal is the one thing the refused request leaves behind.
 */
@ApplicationException(rollback = false)
public class AuthenticationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationRefused(String message) {
        super(message);
    }
}
