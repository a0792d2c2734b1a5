package cn.gov.yingkou.sgpt.catalogue.boundary;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.yingkou.sgpt.catalogue.boundary.Element;
import cn.gov.yingkou.sgpt.shared.Texts;

/**
 * What an implementation list says (Art 8 ¶1), element by element: legal basis, target, authority content,
 * time limit in working days (the decision duty's limit), conditions, required materials, special
 * procedures and intermediary services, review method and standard, process steps, responsibilities,
 * accountability cases, and industry plan / layout / quantity control. Validated on construction.
 */
public record ImplementationContent(String legalBasis, String target, String authorityContent, int timeLimitDays,
        String conditions, List<String> materials, String specialProcedures, String intermediaryServices,
        String reviewMethod, String reviewStandard, List<String> process, String responsibilities,
        String accountabilityCases, String industryPlan) {

    public ImplementationContent {
        legalBasis = Texts.required(legalBasis, 4000, "设定依据 / legal basis");
        target = Texts.required(target, 1000, "服务对象 / target");
        authorityContent = Texts.required(authorityContent, 4000, "权力内容 / authority content");
        if (timeLimitDays < 1 || timeLimitDays > 60) {
            throw new IllegalArgumentException("办理时限须为1至60个工作日 / The time limit must be 1 to 60 working days");
        }
        conditions = Texts.required(conditions, 4000, "许可条件 / conditions");
        materials = entries(materials, "申请材料 / materials");
        specialProcedures = optional(specialProcedures, 4000);
        intermediaryServices = optional(intermediaryServices, 2000);
        reviewMethod = Texts.required(reviewMethod, 1000, "审查方式 / review method");
        reviewStandard = Texts.required(reviewStandard, 4000, "审查标准 / review standard");
        process = entries(process, "办理流程 / process");
        responsibilities = Texts.required(responsibilities, 4000, "责任 / responsibilities");
        accountabilityCases = optional(accountabilityCases, 4000);
        industryPlan = optional(industryPlan, 4000);
    }

    /** The elements in which {@code other} differs from this. */
    public Set<Element> changedIn(ImplementationContent other) {
        Set<Element> changed = EnumSet.noneOf(Element.class);
        check(changed, Element.LEGAL_BASIS, legalBasis, other.legalBasis);
        check(changed, Element.TARGET, target, other.target);
        check(changed, Element.AUTHORITY_CONTENT, authorityContent, other.authorityContent);
        check(changed, Element.TIME_LIMIT, timeLimitDays, other.timeLimitDays);
        check(changed, Element.CONDITIONS, conditions, other.conditions);
        check(changed, Element.MATERIALS, materials, other.materials);
        check(changed, Element.SPECIAL_PROCEDURES, specialProcedures, other.specialProcedures);
        check(changed, Element.INTERMEDIARY_SERVICES, intermediaryServices, other.intermediaryServices);
        check(changed, Element.REVIEW_METHOD, reviewMethod, other.reviewMethod);
        check(changed, Element.REVIEW_STANDARD, reviewStandard, other.reviewStandard);
        check(changed, Element.PROCESS, process, other.process);
        check(changed, Element.RESPONSIBILITIES, responsibilities, other.responsibilities);
        check(changed, Element.ACCOUNTABILITY_CASES, accountabilityCases, other.accountabilityCases);
        check(changed, Element.INDUSTRY_PLAN, industryPlan, other.industryPlan);
        return changed;
    }

    private static void check(Set<Element> changed, Element element, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(element);
        }
    }

    private static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new IllegalArgumentException("内容超过" + max + "字 / Longer than " + max + " characters");
        }
        return text.strip();
    }

    private static List<String> entries(List<String> list, String what) {
        List<String> out = list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList();
        if (out.isEmpty() || out.stream().anyMatch(s -> s.length() > 500)) {
            throw new IllegalArgumentException(what + " 至少一项，每项不超过500字 / needs at least one entry of at most 500 "
                    + "characters");
        }
        return out;
    }
}
