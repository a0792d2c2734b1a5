package cn.gov.yingkou.sgpt.web.i18n;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountView;
import cn.gov.yingkou.sgpt.web.duty.DutyFormat;

/**
 * A record's history as a clerk reads it: each step in words of the portal's language ("推送至营口市市场监督管理局，
 * 由平台收件箱接收"), said from the step's facts with the bundle's {@code audit.say.<action>} template; who took it by
 * name and department; codes, login names and channels in the tooltips. A step without a template (or written before
 * steps kept their facts) shows its sealed text.
 */
@Named
@RequestScoped
public class AuditSteps implements StepTemplate.Vocabulary {

    @Inject
    DutyFormat format;

    @Inject
    DepartmentNames departments;

    @Inject
    AccountDirectory accounts;

    @Inject
    LocaleSelector locale;

    private final Map<String, String> people = new HashMap<>();
    private ResourceBundle bundle;

    /** The step's name ("签收"); its code where the bundle has no words for it. */
    public String words(String action) {
        return text("audit.action." + action, action);
    }

    /** What the step did, in words, from its facts. */
    public String say(AuditRecord step) {
        String template = text("audit.say." + step.action(), null);
        if (template == null || (step.facts().isEmpty() && template.contains("{"))) {
            return step.detail() == null ? "" : step.detail();
        }
        return StepTemplate.say(template, step.facts(), this);
    }

    /** Who took the step: a person or system by name and department; the platform itself for its own jobs. */
    public String who(AuditRecord step) {
        if (step.channel() == Channel.SCHEDULER) {
            return text("audit.actor.platform", step.actor());
        }
        return person(step.actor());
    }

    /** A person or system by name and department, as a record names who acted; the platform for no account. */
    public String person(String username) {
        if (username == null) {
            return "";
        }
        return people.computeIfAbsent(username, name -> accounts.findByUsername(name).map(this::named)
                .orElseGet(() -> text("audit.actor.platform", name)));
    }

    /** The tooltip of who: the login name and the channel. */
    public String whoDetail(AuditRecord step) {
        return step.actor() + " · " + text("audit.channel." + step.channel(), step.channel().name());
    }

    private String named(AccountView account) {
        String department = locale.isEnglish() ? account.departmentNameEn() : account.departmentNameZh();
        return department == null ? account.displayName()
                : java.text.MessageFormat.format(text("audit.actor.person", "{0} ({1})"), account.displayName(), department);
    }

    @Override
    public String time(Instant instant) {
        return format.time(instant);
    }

    @Override
    public String deadline(Instant instant) {
        return format.deadline(instant);
    }

    @Override
    public String department(String code) {
        return departments.of(code);
    }

    @Override
    public String word(String prefix, String value) {
        return text(prefix + value, value);
    }

    @Override
    public String listSeparator() {
        return text("audit.list.separator", ", ");
    }

    @Override
    public String half(String bilingual) {
        return Bilingual.half(bilingual, locale.isEnglish());
    }

    private String text(String key, String otherwise) {
        if (bundle == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            bundle = faces.getApplication().getResourceBundle(faces, "msg");
        }
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }
}
