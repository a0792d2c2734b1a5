package cn.gov.yingkou.sgpt.web.i18n;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

/**
 * The portal's language: Chinese unless the user chose English. The choice is kept in a long-lived cookie,
 * so it survives logout and the next visit, not only the session.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    public static final String COOKIE = "sgpt-lang";
    static final int ONE_YEAR = 365 * 24 * 3600;
    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    @PostConstruct
    void init() {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c) {
            locale = fromTag(c.getValue());
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Picks a language by tag ("zh" or "en") for this session and the ones after it. */
    public void choose(String tag) {
        locale = fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        String path = external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath();
        external.addResponseCookie(COOKIE, locale.getLanguage(),
                Map.of("maxAge", ONE_YEAR, "path", path, "httpOnly", Boolean.TRUE, "SameSite", "Lax"));
    }

    /** Anything but English is Chinese: the portal's default language. */
    static Locale fromTag(String tag) {
        return "en".equalsIgnoreCase(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
