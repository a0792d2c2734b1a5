package cn.gov.yingkou.sgpt.it.support;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** HTTPS to the test servers, whose certificates are self-signed for localhost at their first start. */
public final class Tls {

    /** The suite's server over HTTPS (the HTTP port's offset applies to 8443 too). */
    public static final String HTTPS_BASE = System.getProperty("sgpt.it.https.base", "https://localhost:8543");

    private Tls() {
    }

    /** A client that takes any certificate, keeps cookies and follows no redirects: what the test wants to see. */
    public static HttpClient trustingClient() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
            return HttpClient.newBuilder().sslContext(context).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class TrustingManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
