package cn.gov.yingkou.sgpt.it.support;

import java.util.Map;

import javax.security.auth.callback.CallbackHandler;

import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/** The test industry system's WS-Security check: the username and secret its administrator gave the platform. */
public class ReceiverTokenCheck extends WSS4JInInterceptor {

    public ReceiverTokenCheck() {
        super(Map.of(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN,
                ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
                    for (var callback : callbacks) {
                        if (callback instanceof WSPasswordCallback password) {
                            // Every receiving department the fixture set up gave the platform this secret; it is
                            // fixed so that the check survives a server restart (RestartIT).
                            if (password.getIdentifier().startsWith(DeliveryFixtureServlet.USERNAME_PREFIX)) {
                                password.setPassword(DeliveryFixtureServlet.RECEIVER_SECRET);
                            }
                        }
                    }
                }));
    }
}
