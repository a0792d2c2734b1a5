package cn.gov.yingkou.sgpt.web.faces;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;

/**
 * Runs a portal action and turns the domain's answer into a Faces message: the localised confirmation on
 * success, the domain's bilingual reason on refusal (bad input, an illegal change, or no permission).
 */
public final class Feedback {

    private Feedback() {
    }

    /** Returns true when the action went through. */
    public static boolean attempt(Runnable action, String successKey, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
        } catch (IllegalArgumentException | IllegalStateException | AccessDenied e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
            return false;
        }
        if (successKey != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(successKey, arguments), null));
        }
        return true;
    }

    /** A refusal the page itself found (nothing was attempted). */
    public static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(msg.getString(key), arguments);
    }
}
