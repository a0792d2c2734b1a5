package cn.gov.yingkou.sgpt.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.it.support.DecidedElsewhere;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintKind;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintLookup;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.ComplaintView;
import cn.gov.yingkou.sgpt.supervision.boundary.Complaints;
import cn.gov.yingkou.sgpt.supervision.boundary.Lodged;
import cn.gov.yingkou.sgpt.supervision.boundary.NewComplaint;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;

/**
 * Complaints and reports from the public (Art 18) on the real database: routed by the licence's supervision file, by
 * the item's competent department, or to the department named; answered within the clock by the handling department
 * only; read back by the complainant with the reference and code alone; bad complaints refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintIT {

    private static final String MARKET = "210800-SCJG";

    @EJB
    Complaints complaints;

    @EJB
    FinishedResults finished;

    @EJB
    Pushes pushes;

    @EJB
    PushQueries queries;

    @EJB
    SupervisionFiles files;

    @EJB
    DutyService duties;

    @EJB
    AccountDirectory directory;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(ComplaintIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    private String issued(boolean signed) {
        String licence = "TS" + System.nanoTime() % 1_000_000_000L;
        finished.submit(person("spj.clerk"), DecidedElsewhere.shop(DecidedElsewhere.FOOD_SALES, "预包装食品销售",
                "营口投诉测试店", licence, Instant.now().minusSeconds(60)));
        PushView push = queries.ofLicence(person("spj.clerk"), licence).push();
        if (signed) {
            pushes.sign(person("scjg.clerk"), push.id());
        }
        return licence;
    }

    private static NewComplaint about(String licence, String department, String content) {
        return new NewComplaint(null, ComplaintKind.COMPLAINT, licence, department, "营口投诉测试店", content, "刘投诉",
                "13800001111", null);
    }

    private static Set<String> fields(InvalidFields refused) {
        return refused.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    private long waiting(Caller caller) {
        return complaints.inbox(caller, null, EnumSet.of(ComplaintStatus.RECEIVED), 0, 1).total();
    }

    @Test
    void aComplaintGoesToTheLicencesSupervisorWhoAnswersItForTheComplainantToRead() {
        String licence = issued(true);
        Caller market = person("scjg.clerk");
        long fileId = files.ofLicence(market, licence).get(0).id();
        Lodged lodged = complaints.lodgePublic(about(licence, null, "销售过期食品"), "203.0.113.7");
        assertTrue(lodged.reference().matches("TS\\d{16}"), lodged.reference());
        assertTrue(lodged.code().matches("[A-Z0-9]{8}"), lodged.code());
        ComplaintView view = complaints.complaint(market, lodged.complaint().id());
        assertEquals(MARKET, view.departmentCode());
        assertEquals(fileId, view.fileId(), "linked to the licence's supervision file");
        assertEquals("13800001111", view.complainantPhone(), "in full to the handling department");
        assertEquals("138****1111", complaints.complaint(person("ysj.oversight"), view.id()).complainantPhone());
        assertTrue(complaints.inbox(market, null, EnumSet.of(ComplaintStatus.RECEIVED), 0, 100).rows().stream()
                .anyMatch(c -> c.id() == view.id()));

        ComplaintLookup before = complaints.lookup(lodged.reference(), lodged.code().toLowerCase());
        assertEquals(ComplaintStatus.RECEIVED, before.status());
        assertEquals("营口市市场监督管理局", before.departmentNameZh());
        assertNull(before.answer());
        assertThrows(RecordNotFound.class, () -> complaints.lookup(lodged.reference(), "AAAAAAAA"), "a wrong code");
        assertThrows(RecordNotFound.class, () -> complaints.lookup("TS2026010100000000", lodged.code()));

        assertThrows(AccessDenied.class, () -> complaints.answer(person("ysj.oversight"), view.id(), "已核查"));
        assertThrows(RecordNotFound.class, () -> complaints.answer(person("zq.scjg.clerk"), view.id(), "已核查"));
        assertEquals(Set.of("answer"), fields(assertThrows(InvalidFields.class, () -> complaints.answer(market,
                view.id(), " "))));
        ComplaintView answered = complaints.answer(market, view.id(), "经现场核查，已责令下架过期食品并立案调查。");
        assertEquals(ComplaintStatus.ANSWERED, answered.status());
        assertEquals(DutyStatus.DONE_ON_TIME, duties.about("complaint", lodged.reference()).get(0).status());
        assertThrows(IllegalStateException.class, () -> complaints.answer(market, view.id(), "再答复"));
        ComplaintLookup after = complaints.lookup(lodged.reference(), lodged.code());
        assertEquals(ComplaintStatus.ANSWERED, after.status());
        assertEquals("经现场核查，已责令下架过期食品并立案调查。", after.answer());
    }

    @Test
    void withoutAFileTheItemsCompetentDepartmentOrTheOneNamedTakesIt() {
        String licence = issued(false);
        Lodged byItem = complaints.lodgePublic(about(licence, null, "无证经营"), "203.0.113.8");
        ComplaintView routed = complaints.byReference(person("scjg.clerk"), byItem.reference());
        assertEquals(MARKET, routed.departmentCode(), "food sales: the market bureau");
        assertNull(routed.fileId());
        Lodged named = complaints.lodge(person("scjg.clerk"), new NewComplaint(null, ComplaintKind.REPORT, null,
                "210802-SCJG", "站前区某饭店", "后厨卫生脏乱", null, null, null));
        assertThrows(RecordNotFound.class, () -> complaints.complaint(person("scjg.clerk"), named.complaint().id()),
                "entered by the city's clerk for the district: the district's to read");
        ComplaintView district = complaints.complaint(person("zq.scjg.clerk"), named.complaint().id());
        assertEquals("210802-SCJG", district.departmentCode());
        assertNull(district.complainantName(), "anonymous");
    }

    @Test
    void aComplaintThatIsAnotherDepartmentsIsPassedOnWithItsClock() {
        Lodged lodged = complaints.lodgePublic(about(null, MARKET, "站前区某小区物业乱收费"), "203.0.113.11");
        Caller city = person("scjg.clerk");
        long id = lodged.complaint().id();
        assertEquals(Set.of("departmentCode", "reason"), fields(assertThrows(InvalidFields.class,
                () -> complaints.forward(city, id, "210800-XZSP", " "))), "an approval bureau handles no complaints");
        assertThrows(RecordNotFound.class, () -> complaints.forward(person("zq.scjg.clerk"), id, "210802-SCJG", "属地"),
                "only the department that has it passes it on");
        assertThrows(IllegalArgumentException.class, () -> complaints.forward(city, id, MARKET, "属地"));

        ComplaintView passed = complaints.forward(city, id, "210802-SCJG", "属站前区管辖");
        assertEquals("210802-SCJG", passed.departmentCode());
        assertThrows(RecordNotFound.class, () -> complaints.complaint(city, id), "no longer the city's");
        assertEquals(ComplaintStatus.RECEIVED, complaints.complaint(person("zq.scjg.clerk"), id).status());
        var clocks = duties.about("complaint", lodged.reference());
        assertEquals(List.of(DutyStatus.DONE_ON_TIME, DutyStatus.OPEN), clocks.stream().map(DutyView::status).toList(),
                "the city met its clock by passing it on; the district's runs");
        assertNotEquals(clocks.get(0).departmentId(), clocks.get(1).departmentId(), "the district's own clock");
        assertEquals("站前区市场监督管理局", complaints.lookup(lodged.reference(), lodged.code()).departmentNameZh());
        complaints.answer(person("zq.scjg.clerk"), id, "已转物业主管部门核查");
        assertThrows(IllegalStateException.class, () -> complaints.forward(person("zq.scjg.clerk"), id, MARKET, "再转"),
                "an answered complaint stays where it was answered");
    }

    @Test
    void aBadComplaintIsRefusedFieldByFieldAndNothingIsStored() {
        Caller district = person("zq.scjg.clerk");
        long before = waiting(district);
        assertEquals(Set.of("departmentCode", "content"), fields(assertThrows(InvalidFields.class,
                () -> complaints.lodgePublic(about(null, null, " "), "203.0.113.9"))));
        assertEquals(Set.of("licenceNumber"), fields(assertThrows(InvalidFields.class,
                () -> complaints.lodgePublic(about("NO-SUCH-LICENCE", "210802-SCJG", "x"), "203.0.113.9"))),
                "a licence number that names no licence is told, not silently routed elsewhere");
        assertEquals(Set.of("departmentCode"), fields(assertThrows(InvalidFields.class,
                () -> complaints.lodgePublic(about(null, "210800-XZSP", "x"), "203.0.113.9"))),
                "an approval bureau does not handle complaints");
        assertEquals(Set.of("complainantPhone", "kind"), fields(assertThrows(InvalidFields.class,
                () -> complaints.lodgePublic(new NewComplaint(null, null, null, "210802-SCJG", "某店", "x", null,
                        "call me maybe", null), "203.0.113.9"))));
        assertEquals(before, waiting(district), "nothing stored");
    }

    @Test
    void theAnswerClockRunsOnWorkingDays() {
        Lodged lodged = complaints.lodgePublic(about(null, "210802-SCJG", "噪音扰民"), "203.0.113.10");
        Caller district = person("zq.scjg.clerk");
        long id = lodged.complaint().id();
        // As if it had been received on the eve of National Day 2026 (Wednesday 30 September, 16:00): 1–7 October are
        // holidays and Saturday 10 October a make-up working day, so the fifteenth working day is Tuesday 27 October.
        DutyView now = duties.pending(DutyKind.ANSWER_COMPLAINT, "complaint", lodged.reference()).orElseThrow();
        duties.cancel(now.id(), "按国庆前收到重算 / re-run as received on the eve of National Day", person("admin").actor());
        DutyView eve = duties.open(new OpenDuty(DutyKind.ANSWER_COMPLAINT, "complaint", lodged.reference(),
                "210802-SCJG", Instant.parse("2026-09-30T08:00:00Z"), new DutyLimit.WorkingDays(15)),
                person("admin").actor());
        assertEquals(LocalDate.of(2026, 10, 27), eve.lastDay());
        assertEquals(LocalDate.of(2026, 10, 27), complaints.lookup(lodged.reference(), lodged.code()).answerDueOn(),
                "the complainant sees the day it is due");
        complaints.answer(district, id, "已协调整改");
        assertEquals(DutyStatus.DONE_LATE, duties.find(eve.id()).orElseThrow().status(), "answered after the day: late");
        assertFalse(duties.pending(DutyKind.ANSWER_COMPLAINT, "complaint", lodged.reference()).isPresent());
    }
}
