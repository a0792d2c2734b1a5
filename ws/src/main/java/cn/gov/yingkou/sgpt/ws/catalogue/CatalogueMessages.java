package cn.gov.yingkou.sgpt.ws.catalogue;

import cn.gov.yingkou.sgpt.catalogue.boundary.Element;
import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists.VersionView;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionDetail;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews.VersionSummary;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemListViews;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists.PushListView;
import cn.gov.yingkou.sgpt.ws.common.soap.XmlTime;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ImplementationContent;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ImplementationListVersion;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ImplementationState;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ItemList;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ItemListSummary;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ListStatus;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.ListedItem;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.PushField;
import cn.gov.yingkou.sgpt.ws.contract.catalogue.v1.PushList;

/** The catalogue's views in the shape of the catalogue contract v1 (WEB-INF/wsdl/catalogue-v1.wsdl). */
final class CatalogueMessages {

    private CatalogueMessages() {
    }

    static ItemList itemList(VersionDetail detail) {
        ItemList list = new ItemList();
        list.setSummary(summary(detail.summary()));
        list.setEvaluationRecord(detail.evaluationRecord());
        list.setEvaluatedOn(detail.evaluatedOn() == null ? null : XmlTime.date(detail.evaluatedOn()));
        for (ItemListViews.Item i : detail.items()) {
            ListedItem item = new ListedItem();
            item.setCode(i.code());
            item.setName(i.name());
            item.setDepartmentCode(i.departmentCode());
            item.setDepartmentName(i.departmentNameZh());
            list.getItem().add(item);
        }
        return list;
    }

    static ItemListSummary summary(VersionSummary s) {
        ItemListSummary summary = new ItemListSummary();
        summary.setUnitCode(s.unitCode());
        summary.setNumber(s.number());
        summary.setTitle(s.title());
        summary.setStatus(ListStatus.fromValue(s.status().name()));
        summary.setInForce(s.inForce());
        summary.setItemCount(s.itemCount());
        summary.setApprovalDocument(s.approvalDocument());
        summary.setApprovedOn(s.approvedOn() == null ? null : XmlTime.date(s.approvedOn()));
        summary.setFiledOn(s.filedOn() == null ? null : XmlTime.date(s.filedOn()));
        summary.setEffectiveFrom(s.effectiveFrom() == null ? null : XmlTime.date(s.effectiveFrom()));
        summary.setChangedAt(XmlTime.dateTime(s.changedAt()));
        return summary;
    }

    static ImplementationListVersion implementation(VersionView v) {
        ImplementationListVersion version = new ImplementationListVersion();
        version.setUnitCode(v.unitCode());
        version.setItemCode(v.itemCode());
        version.setNumber(v.number());
        version.setState(ImplementationState.fromValue(v.state()));
        version.setContent(content(v.content()));
        v.changedElements().stream().map(Element::name).sorted().forEach(version.getChangedElement()::add);
        version.setReason(v.reason());
        version.setProposedBy(v.proposedBy());
        version.setProposedAt(XmlTime.dateTime(v.proposedAt()));
        version.setConsentDepartmentCode(v.consentDepartmentCode());
        version.setDecidedBy(v.decidedBy());
        version.setDecidedAt(v.decidedAt() == null ? null : XmlTime.dateTime(v.decidedAt()));
        version.setDecisionReason(v.decisionReason());
        version.setEffectiveAt(v.effectiveAt() == null ? null : XmlTime.dateTime(v.effectiveAt()));
        return version;
    }

    private static ImplementationContent content(cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationContent c) {
        ImplementationContent content = new ImplementationContent();
        content.setLegalBasis(c.legalBasis());
        content.setTarget(c.target());
        content.setAuthorityContent(c.authorityContent());
        content.setTimeLimitDays(c.timeLimitDays());
        content.setConditions(c.conditions());
        content.getMaterial().addAll(c.materials());
        content.setSpecialProcedures(c.specialProcedures());
        content.setIntermediaryServices(c.intermediaryServices());
        content.setReviewMethod(c.reviewMethod());
        content.setReviewStandard(c.reviewStandard());
        content.getProcessStep().addAll(c.process());
        content.setResponsibilities(c.responsibilities());
        content.setAccountabilityCases(c.accountabilityCases());
        content.setIndustryPlan(c.industryPlan());
        return content;
    }

    static PushList pushList(PushListView p) {
        PushList list = new PushList();
        list.setUnitCode(p.unitCode());
        list.setItemCode(p.itemCode());
        p.fields().stream().sorted().map(f -> PushField.fromValue(f.name())).forEach(list.getField()::add);
        list.setReceivingDepartmentCode(p.receivingDepartmentCode());
        list.setAutomatic(p.automatic());
        list.setChangedAt(XmlTime.dateTime(p.changedAt()));
        list.setChangedBy(p.changedBy());
        return list;
    }
}
