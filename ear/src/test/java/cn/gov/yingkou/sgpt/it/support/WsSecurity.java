package cn.gov.yingkou.sgpt.it.support;

import org.apache.cxf.frontend.ClientProxy;

import cn.gov.yingkou.sgpt.exchange.control.UsernameTokenSigning;

/** Signs a generated SOAP client's requests with a WS-Security UsernameToken, as a provincial system would. */
public final class WsSecurity {

    private WsSecurity() {
    }

    public static <T> T usernameToken(T port, String username, String secret, boolean digest) {
        UsernameTokenSigning.sign(ClientProxy.getClient(port), username, secret, digest);
        return port;
    }

    public static <T> T asDemoSystem(T port) {
        return usernameToken(port, Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET, true);
    }
}
