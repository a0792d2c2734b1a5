package cn.gov.yingkou.sgpt.web.i18n;

import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * A step of a record's history in words ("推送", "签收") where the clerk reads it; the audit trail keeps the
 * action's code ("push.push"), which the pages show as the tooltip, and shows it as it is when it has no words.
 */
@Named
@ApplicationScoped
public class AuditActions {

    public String words(String action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "audit.action." + action;
        return msg.containsKey(key) ? msg.getString(key) : action;
    }
}
