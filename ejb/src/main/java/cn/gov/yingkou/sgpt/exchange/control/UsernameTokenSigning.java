package cn.gov.yingkou.sgpt.exchange.control;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.callback.CallbackHandler;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * Signs a CXF client's requests with a WS-Security UsernameToken, as the platform calls industry systems and
 * as provincial systems call the platform: by default a password digest with nonce and created time.
 */
public final class UsernameTokenSigning {

    private UsernameTokenSigning() {
    }

    public static void digest(Client client, String username, String secret) {
        sign(client, username, secret, true);
    }

    /**
     * {@code digest} false sends the password as text (for receivers that cannot check a digest). Either way the token
     * carries a nonce and its creation time, so that a captured one cannot be sent again.
     */
    public static void sign(Client client, String username, String secret, boolean digest) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        settings.put(ConfigurationConstants.USER, username);
        settings.put(ConfigurationConstants.PASSWORD_TYPE, digest ? WSS4JConstants.PW_DIGEST : WSS4JConstants.PW_TEXT);
        settings.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        settings.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        settings.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof WSPasswordCallback password) {
                    password.setPassword(secret);
                }
            }
        });
        client.getOutInterceptors().add(new WSS4JOutInterceptor(settings));
    }
}
