package cn.gov.yingkou.sgpt.ws.common.security;

/** Why an external system was not let in; the reason reaches the caller as the fault's detail. */
public class AuthenticationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailure(String reason) {
        super(reason);
    }
}
