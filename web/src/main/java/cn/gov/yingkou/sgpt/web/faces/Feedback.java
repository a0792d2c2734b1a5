package cn.gov.yingkou.sgpt.web.faces;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.web.i18n.Bilingual;

/**
 * Runs a portal action and turns the domain's answer into Faces messages in the portal's language: the confirmation
 * on success; on refusal the domain's reason (bad input, an illegal change, no permission), at the input concerned
 * where the page maps the refused field to one, else at the top of the page.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Returns true when the action went through. */
    public static boolean attempt(Runnable action, String successKey, Object... arguments) {
        return attempt(Map.of(), action, successKey, arguments);
    }

    /**
     * As {@link #attempt(Runnable, String, Object...)}, with the page's inputs by the fields they fill ("applicant.id" →
     * "wb:applicantId"): a field refused is marked and told at its input. A field maps by its path or its nearest
     * enclosing one.
     */
    public static boolean attempt(Map<String, String> inputsByField, Runnable action, String successKey,
            Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
        } catch (InvalidFields e) {
            e.problems().forEach(problem -> refuse(faces, inputFor(problem, inputsByField), problem.message()));
            faces.validationFailed();
            return false;
        } catch (IllegalArgumentException | IllegalStateException | AccessDenied e) {
            refuse(faces, null, e.getMessage());
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

    /** A refusal the page found in one of its inputs, told there. */
    public static void errorAt(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        refuse(faces, clientId, text(key, arguments));
        faces.validationFailed();
    }

    /** Whether the days are the wrong way round; then the later input is told so. */
    public static boolean reversed(java.time.LocalDate from, java.time.LocalDate until, String untilClientId) {
        if (from != null && until != null && until.isBefore(from)) {
            errorAt(untilClientId, "list.datesReversed");
            return true;
        }
        return false;
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(msg.getString(key), arguments);
    }

    private static String inputFor(FieldProblem problem, Map<String, String> inputsByField) {
        for (String field = problem.field(); !field.isEmpty(); field = field.contains(".")
                ? field.substring(0, field.lastIndexOf('.')) : "") {
            if (inputsByField.containsKey(field)) {
                return inputsByField.get(field);
            }
        }
        return null;
    }

    private static void refuse(FacesContext faces, String clientId, String reason) {
        boolean english = Locale.ENGLISH.getLanguage().equals(faces.getViewRoot().getLocale().getLanguage());
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, Bilingual.half(reason, english), null);
        UIComponent input = clientId == null ? null : faces.getViewRoot().findComponent(":" + clientId);
        if (input instanceof UIInput field) {
            field.setValid(false);
            faces.addMessage(field.getClientId(faces), message);
        } else {
            faces.addMessage(null, message);
        }
    }
}
