package cn.gov.yingkou.sgpt.web.i18n;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.yingkou.sgpt.organisation.boundary.DepartmentRef;
import cn.gov.yingkou.sgpt.organisation.boundary.Departments;

/**
 * A department's name in the user's language, for pages whose records carry department codes: clerks know
 * the departments by name, and the code stays in the tooltip for the IT staff.
 */
@Named
@RequestScoped
public class DepartmentNames {

    @Inject
    Departments departments;

    @Inject
    LocaleSelector locale;

    private final Map<String, String> named = new HashMap<>();

    public String of(String code) {
        if (code == null) {
            return "";
        }
        return named.computeIfAbsent(code, c -> departments.byCode(c).map(this::name).orElse(c));
    }

    public String ofId(long id) {
        return departments.byId(id).map(this::name).orElse(Long.toString(id));
    }

    private String name(DepartmentRef department) {
        return locale.isEnglish() ? department.nameEn() : department.nameZh();
    }
}
