package cn.gov.yingkou.sgpt.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.AuditRecord;
import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.calendar.boundary.DutyLimit;
import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyService;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;
import cn.gov.yingkou.sgpt.duty.boundary.OpenDuty;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.exchange.boundary.Pushes;
import cn.gov.yingkou.sgpt.it.support.DecidedElsewhere;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.organisation.boundary.AccessDenied;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.shared.Beijing;
import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;
import cn.gov.yingkou.sgpt.shared.MessageIdReused;
import cn.gov.yingkou.sgpt.shared.RecordNotFound;
import cn.gov.yingkou.sgpt.supervision.boundary.FileStatus;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionKind;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionOutcome;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionRecorded;
import cn.gov.yingkou.sgpt.supervision.boundary.InspectionView;
import cn.gov.yingkou.sgpt.supervision.boundary.Inspections;
import cn.gov.yingkou.sgpt.supervision.boundary.NewInspection;
import cn.gov.yingkou.sgpt.supervision.boundary.Rectification;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFileView;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionFiles;
import cn.gov.yingkou.sgpt.supervision.boundary.SupervisionStart;

/**
 * Supervision files on the real database (Art 17, 18): signing for a result opens the licence's file at the
 * department, and starting supervision on it — the only way the department's "start supervision" duty is met —
 * completes that duty on time or late by the working-day calendar; inspections order rectifications that their
 * re-inspection settles; bad input changes nothing; a licence signed for
 * before files existed gets its file from the migration, and its open duty stays completable.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionFileIT {

    private static final String MARKET = "210800-SCJG";

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
    Inspections inspections;

    @EJB
    AccountDirectory directory;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(SupervisionFileIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    /** A food-sales licence decided on the provincial platform, pushed to the market bureau and signed for there. */
    private PushView signed() {
        String licence = "JG" + System.nanoTime() % 1_000_000_000L;
        finished.submit(person("spj.clerk"), DecidedElsewhere.shop(DecidedElsewhere.FOOD_SALES, "预包装食品销售",
                "营口监管档案测试店", licence, Instant.now().minusSeconds(60)));
        PushView push = queries.ofLicence(person("spj.clerk"), licence).push();
        assertEquals(PushStatus.PUSHED, push.status(), "the food-sales push list pushes it at once");
        return pushes.sign(person("scjg.clerk"), push.id());
    }

    private SupervisionStart start(LocalDate on) {
        return new SupervisionStart("王监管", "首次现场检查：核对经营场所与许可范围", on);
    }

    @Test
    void signingOpensTheFileAndStartingItMeetsTheDutyOnTime() {
        PushView push = signed();
        Caller market = person("scjg.clerk");
        SupervisionFileView file = files.ofHandover(market, push.id());
        assertEquals(FileStatus.AWAITING_START, file.status());
        assertEquals(push.licenceNumber(), file.licenceNumber());
        assertEquals("营口监管档案测试店", file.holderName());
        assertEquals(MARKET, file.departmentCode());
        assertEquals(DutyStatus.OPEN, file.startDuty());
        assertTrue(files.list(market, null, EnumSet.of(FileStatus.AWAITING_START), push.licenceNumber(), 0, 10).rows()
                .stream().anyMatch(f -> f.id() == file.id()), "on the department's list of files to start");

        InvalidFields blank = assertThrows(InvalidFields.class, () -> files.start(market, file.id(),
                new SupervisionStart(" ", null, null)));
        assertEquals(Set.of("supervisor", "firstMeasure", "startedOn"), blank.problems().stream()
                .map(FieldProblem::field).collect(java.util.stream.Collectors.toSet()));
        assertThrows(InvalidFields.class, () -> files.start(market, file.id(), start(Beijing.today().plusDays(1))),
                "not in the future");
        assertThrows(InvalidFields.class, () -> files.start(market, file.id(), start(Beijing.today().minusDays(1))),
                "not before the licence was signed for");
        assertThrows(AccessDenied.class, () -> files.start(person("ysj.oversight"), file.id(), start(Beijing.today())),
                "oversight reads the file and changes nothing");
        assertThrows(RecordNotFound.class, () -> files.start(person("zq.scjg.clerk"), file.id(), start(Beijing.today())),
                "to a county's bureau the city's file does not exist");
        assertThrows(RecordNotFound.class, () -> files.file(person("spj.clerk"), file.id()),
                "nor to the approval bureau");
        assertEquals(FileStatus.AWAITING_START, files.file(market, file.id()).status(), "nothing changed");
        assertEquals(DutyStatus.OPEN, files.file(person("ysj.oversight"), file.id()).startDuty());

        SupervisionFileView started = files.start(market, file.id(), start(Beijing.today()));
        assertEquals(FileStatus.STARTED, started.status());
        assertEquals("王监管", started.supervisor());
        assertEquals(Beijing.today(), started.startedOn());
        assertEquals("scjg.clerk", started.startedBy());
        assertEquals(DutyStatus.DONE_ON_TIME, started.startDuty());
        assertThrows(IllegalStateException.class, () -> files.start(market, file.id(), start(Beijing.today())),
                "supervision starts once");
        assertEquals(List.of("supervision.open", "supervision.start"), files.timeline(market, file.id()).stream()
                .map(AuditRecord::action).toList());
    }

    @Test
    void inspectionsOrderRectificationsThatTheirReInspectionSettles() {
        PushView push = signed();
        Caller market = person("scjg.clerk");
        long file = files.ofHandover(market, push.id()).id();
        LocalDate today = Beijing.today();
        NewInspection routine = new NewInspection(null, InspectionKind.PLANNED, today, "王一、李二", "经营场所与许可一致",
                InspectionOutcome.COMPLIANT, null, null, null);
        assertThrows(IllegalStateException.class, () -> inspections.record(market, file, routine),
                "supervision starts before inspections are recorded");
        files.start(market, file, start(today));

        InvalidFields bad = assertThrows(InvalidFields.class, () -> inspections.record(market, file, new NewInspection(
                null, InspectionKind.FOLLOW_UP, today.plusDays(1), "王一", " ", InspectionOutcome.RECTIFY, null, today,
                null)));
        assertEquals(Set.of("inspectedOn", "inspectors", "findings", "rectificationOrder", "rectifyBy", "followsUp"),
                fields(bad), "every bad field at once");
        InvalidFields stray = assertThrows(InvalidFields.class, () -> inspections.record(market, file, new NewInspection(
                null, InspectionKind.PLANNED, today, "王一,李二", "合格", InspectionOutcome.COMPLIANT, "整改", today.plusDays(9),
                12L)));
        assertEquals(Set.of("rectificationOrder", "rectifyBy", "followsUp"), fields(stray),
                "an order, a deadline or a re-inspection only where they belong");
        assertThrows(AccessDenied.class, () -> inspections.record(person("ysj.oversight"), file, routine));
        assertThrows(RecordNotFound.class, () -> inspections.record(person("zq.scjg.clerk"), file, routine));
        assertEquals(List.of(), inspections.ofFile(market, file), "nothing recorded");
        assertEquals(FileStatus.STARTED, files.file(market, file).status());

        InspectionRecorded ordered = inspections.record(market, file, new NewInspection("jc-" + file,
                InspectionKind.ON_LEAD, today, "王一，李二", "货架上有过期食品", InspectionOutcome.RECTIFY, "下架并销毁过期食品",
                today.plusDays(10), null));
        assertFalse(ordered.repeated());
        InspectionView order = ordered.inspection();
        assertEquals("王一、李二", order.inspectors());
        assertEquals(Rectification.DUE, order.rectification());
        assertFalse(order.rectificationOverdue());
        assertEquals("JC" + order.id(), order.reference());
        assertEquals(FileStatus.RECTIFICATION_DUE, files.file(market, file).status());
        assertTrue(inspections.record(market, file, new NewInspection("jc-" + file, InspectionKind.ON_LEAD, today,
                "王一，李二", "货架上有过期食品", InspectionOutcome.RECTIFY, "下架并销毁过期食品", today.plusDays(10), null))
                .repeated(), "the same report again is recorded once");
        assertThrows(MessageIdReused.class, () -> inspections.record(market, file, new NewInspection("jc-" + file,
                InspectionKind.ON_LEAD, today, "王一，李二", "另一次检查", InspectionOutcome.COMPLIANT, null, null, null)));

        InspectionView followUp = inspections.record(market, file, new NewInspection(null, InspectionKind.FOLLOW_UP,
                today, "王一、张三", "过期食品已下架销毁", InspectionOutcome.COMPLIANT, null, null, order.id())).inspection();
        assertEquals(order.id(), followUp.followsUp());
        InspectionView settled = inspections.inspection(market, order.id());
        assertEquals(Rectification.RECTIFIED, settled.rectification());
        assertEquals(followUp.id(), settled.followedUpBy());
        assertEquals(FileStatus.INSPECTED, files.file(market, file).status());
        assertEquals(Set.of("followsUp"), fields(assertThrows(InvalidFields.class, () -> inspections.record(market, file,
                new NewInspection(null, InspectionKind.FOLLOW_UP, today, "王一、张三", "再查", InspectionOutcome.COMPLIANT,
                        null, null, order.id())))), "settled once");
        assertEquals(List.of(order.id(), followUp.id()), inspections.ofFile(person("ysj.oversight"), file).stream()
                .map(InspectionView::id).toList(), "oversight reads them, in order");
    }

    private static Set<String> fields(InvalidFields refused) {
        return refused.problems().stream().map(FieldProblem::field).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aStartAfterTheDeadlineCompletesTheDutyLateByTheWorkingDayCalendar() {
        PushView push = signed();
        Caller market = person("scjg.clerk");
        SupervisionFileView file = files.ofHandover(market, push.id());
        // As if the result had been signed for on the eve of National Day 2026 (Wednesday 30 September, 16:00):
        // 1–7 October are holidays and Saturday 10 October a make-up working day, so the fifth working day is 13 October.
        DutyView now = duties.pending(DutyKind.START_SUPERVISION, "push", Long.toString(push.id())).orElseThrow();
        duties.cancel(now.id(), "按国庆前签收重算 / re-run as signed on the eve of National Day", person("admin").actor());
        DutyView eve = duties.open(new OpenDuty(DutyKind.START_SUPERVISION, "push", Long.toString(push.id()), MARKET,
                Instant.parse("2026-09-30T08:00:00Z"), new DutyLimit.WorkingDays(5)), person("admin").actor());
        assertEquals(LocalDate.of(2026, 10, 13), eve.lastDay());

        SupervisionFileView started = files.start(market, file.id(), start(Beijing.today()));
        assertEquals(DutyStatus.DONE_LATE, started.startDuty(), "completed, and late");
        assertEquals(Instant.parse("2026-10-13T16:00:00Z"), started.startDueAt());
        assertEquals(DutyStatus.DONE_LATE, duties.find(eve.id()).orElseThrow().status());
    }

    @Test
    void aLicenceSignedForBeforeFilesExistedGetsItsFileFromTheMigration() throws Exception {
        PushView push = signed();
        Caller market = person("scjg.clerk");
        long opened = files.ofHandover(market, push.id()).id();
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement forget = db.prepareStatement("delete from supervision_file where id = ?")) {
                forget.setLong(1, opened);
                assertEquals(1, forget.executeUpdate());
            }
            assertThrows(RecordNotFound.class, () -> files.ofHandover(market, push.id()), "as before the feature");
            try (Statement migrate = db.createStatement()) {
                assertTrue(migrate.executeUpdate(migrationInsert()) >= 1);
            }
        }
        SupervisionFileView file = files.ofHandover(market, push.id());
        assertEquals(FileStatus.AWAITING_START, file.status());
        assertEquals("营口监管档案测试店", file.holderName());
        assertEquals(push.signedAt().truncatedTo(ChronoUnit.MILLIS), file.openedAt().truncatedTo(ChronoUnit.MILLIS));
        assertEquals(DutyStatus.OPEN, file.startDuty(), "the duty opened on signing is the file's");
        assertNull(file.supervisor());
        assertEquals(DutyStatus.DONE_ON_TIME, files.start(market, file.id(), start(Beijing.today())).startDuty());
        assertFalse(duties.pending(DutyKind.START_SUPERVISION, "push", Long.toString(push.id())).isPresent());
    }

    /** The migration's statement that opens files for licences signed for before V32, as shipped. */
    private static String migrationInsert() throws IOException, SQLException {
        try (InputStream in = SupervisionFiles.class.getClassLoader()
                .getResourceAsStream("db/migration/V32__supervision_file.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = script.indexOf("insert into supervision_file");
            return script.substring(start, script.indexOf(';', start));
        }
    }
}
