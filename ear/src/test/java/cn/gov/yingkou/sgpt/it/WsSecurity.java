package cn.gov.yingkou.sgpt.it;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.callback.CallbackHandler;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/** Signs a generated SOAP client's requests with a WS-Security UsernameToken, as a provincial system would. */
final class WsSecurity {

    private WsSecurity() {
    }

    static <T> T usernameToken(T port, String username, String secret, boolean digest) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        settings.put(ConfigurationConstants.USER, username);
        settings.put(ConfigurationConstants.PASSWORD_TYPE, digest ? WSS4JConstants.PW_DIGEST : WSS4JConstants.PW_TEXT);
        if (digest) {
            settings.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
            settings.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        }
        settings.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof WSPasswordCallback password) {
                    password.setPassword(secret);
                }
            }
        });
        Client client = ClientProxy.getClient(port);
        client.getOutInterceptors().add(new WSS4JOutInterceptor(settings));
        return port;
    }

    static <T> T asDemoSystem(T port) {
        return usernameToken(port, Platform.DEMO_SYSTEM, Platform.DEMO_SYSTEM_SECRET, true);
    }
}
