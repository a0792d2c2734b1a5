package cn.gov.yingkou.sgpt.ws.common.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.w3c.dom.NodeList;

import cn.gov.yingkou.sgpt.organisation.boundary.AuthenticationRefused;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAuthentication.TokenAccount;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemAuthentication;
import cn.gov.yingkou.sgpt.organisation.boundary.SystemChannel;
import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.soap.SoapFailureClassifier;

/**
 * WS-Security on every protected SOAP endpoint: a UsernameToken, password as text or digest, checked by
 * WSS4J (nonce and creation time against replay) against the system account's shared secret; then the
 * account must be registered for SOAP and call from an allowed address. A text password over plain HTTP must come
 * with a nonce and a creation time too, so that a captured token cannot be sent again. The authenticated Caller is
 * put on the message for the endpoint; any failure is audited and answered with fault code SGPT-AUTH-401.
 */
public class SystemTokenInterceptor extends WSS4JInInterceptor {

    private static final String TOKEN_REFUSED = "WS-Security 用户名令牌缺失、格式错误、已过期、被重放，或用户名/密钥不正确 / "
            + "The WS-Security UsernameToken is missing, malformed, expired or replayed, or the username or secret is wrong";
    /**
     * The account WSS4J checked this request's token against, handed from the password callback to admission
     * on the same thread so that one call reads the account once.
     */
    private static final ThreadLocal<TokenAccount> CHECKED_AGAINST = new ThreadLocal<>();

    static final String BARE_TEXT_PASSWORD = "以明文密码调用时须同时提供 Nonce 和 Created（或经 HTTPS 调用） / A text password "
            + "needs a Nonce and a Created time in the UsernameToken (or a call over HTTPS)";

    /** Where CXF's HTTP transport keeps the servlet request (AbstractHTTPDestination.HTTP_REQUEST). */
    private static final String HTTP_REQUEST = "HTTP.REQUEST";

    public SystemTokenInterceptor() {
        super(settings());
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        settings.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) SystemTokenInterceptor::lookUpSecret);
        return settings;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        String address = remoteAddress(message);
        TokenAccount account;
        try {
            super.handleMessage(message);
            account = CHECKED_AGAINST.get();
        } catch (RuntimeException e) {
            if (unreadable(e)) {
                // The message could not be read at all: no caller was refused, and the fault says what was wrong.
                throw e;
            }
            authentication().credentialsRefused(claimedUsername(message), SystemChannel.SOAP, address, TOKEN_REFUSED);
            throw fault(TOKEN_REFUSED);
        } finally {
            CHECKED_AGAINST.remove();
        }
        SecurityContext context = message.get(SecurityContext.class);
        String username = context == null || context.getUserPrincipal() == null ? null
                : context.getUserPrincipal().getName();
        // The account is looked up by the stripped name, so compare it stripped too.
        if (account == null || username == null || !account.facts().username().equals(username.strip())) {
            authentication().refused(username, SystemChannel.SOAP, address, TOKEN_REFUSED);
            throw fault(TOKEN_REFUSED);
        }
        if (bareTextPassword(message)) {
            authentication().credentialsRefused(username, SystemChannel.SOAP, address, BARE_TEXT_PASSWORD);
            throw fault(BARE_TEXT_PASSWORD);
        }
        try {
            message.put(CallerAttribute.KEY, authentication().admit(account, SystemChannel.SOAP, address));
        } catch (AuthenticationRefused e) {
            throw fault(e.getMessage());
        }
    }

    /** A PasswordText token without nonce or creation time, on a connection that is not TLS: replayable as it stands. */
    private static boolean bareTextPassword(SoapMessage message) {
        if (message.get(HTTP_REQUEST) instanceof HttpServletRequest http && http.isSecure()) {
            return false;
        }
        Object results = message.get(WSHandlerConstants.RECV_RESULTS);
        if (!(results instanceof List<?> handled)) {
            return true;
        }
        for (Object result : handled) {
            if (result instanceof WSHandlerResult handlerResult) {
                for (WSSecurityEngineResult engine : handlerResult.getResults()) {
                    if (engine.get(WSSecurityEngineResult.TAG_USERNAME_TOKEN) instanceof UsernameToken token
                            && WSConstants.PASSWORD_TEXT.equals(token.getPasswordType())
                            && (token.getNonce() == null || token.getCreated() == null)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean unreadable(RuntimeException failure) {
        ErrorCode code = SoapFailureClassifier.classify(failure, true);
        return code == ErrorCode.MALFORMED_XML || code == ErrorCode.DTD_FORBIDDEN;
    }

    private static void lookUpSecret(Callback[] callbacks) {
        for (Callback callback : callbacks) {
            if (callback instanceof WSPasswordCallback password) {
                // An unknown or inactive account gets no password, so WSS4J refuses the token.
                authentication().tokenAccount(password.getIdentifier()).ifPresent(account -> {
                    CHECKED_AGAINST.set(account);
                    password.setPassword(account.secret());
                });
            }
        }
    }

    private static Fault fault(String reason) {
        Fault fault = new Fault(new AuthenticationFailure(reason));
        fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        return fault;
    }

    private static SystemAuthentication authentication() {
        return CDI.current().select(SystemAuthentication.class).get();
    }

    private static String remoteAddress(SoapMessage message) {
        Object request = message.get(HTTP_REQUEST);
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    /** The username the request claims, for the audit entry of a refusal; null if there is none to read. */
    private static String claimedUsername(SoapMessage message) {
        try {
            SOAPMessage soap = message.getContent(SOAPMessage.class);
            SOAPHeader header = soap == null ? null : soap.getSOAPHeader();
            NodeList names = header == null ? null : header.getElementsByTagNameNS(
                    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "Username");
            return names == null || names.getLength() == 0 ? null : names.item(0).getTextContent();
        } catch (jakarta.xml.soap.SOAPException | RuntimeException e) {
            return null;
        }
    }
}
