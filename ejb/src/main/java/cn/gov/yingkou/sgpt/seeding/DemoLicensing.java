package cn.gov.yingkou.sgpt.seeding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.licensing.boundary.Applicant;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationStatus;
import cn.gov.yingkou.sgpt.licensing.boundary.Applications;
import cn.gov.yingkou.sgpt.licensing.boundary.CertificateForm;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResult;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.licensing.boundary.LicenceTerms;
import cn.gov.yingkou.sgpt.licensing.boundary.NewApplication;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;

/**
 * The demo approval bureau's first work: a food-licence application under review on the workbench, and a
 * result decided on the provincial platform already in the licence register. Loaded once: a bureau that
 * has applications is left alone.
 */
final class DemoLicensing {

    private DemoLicensing() {
    }

    static void load(Applications applications, FinishedResults finished, ApplicationQueries queries,
            AccountDirectory directory) {
        Caller clerk = directory.caller("spj.clerk", Channel.SYSTEM, null).orElseThrow();
        if (queries.queue(clerk, clerk.department(), EnumSet.allOf(ApplicationStatus.class), 0, 1).total() > 0) {
            return;
        }
        var received = applications.receive(clerk, new NewApplication(DemoOrganisation.CITY, "000105001000",
                new Applicant(ApplicantKind.ORGANISATION, "91350100M000100Y43", "营口鲜味食品店（演示）", "王店长", "0417-2801234"),
                List.of("食品经营许可申请书", "营业执照或其他主体资格证明文件", "与食品经营相适应的主要设备设施布局、操作流程等文件",
                        "食品安全自查、从业人员健康管理等食品安全管理制度"), null));
        applications.accept(clerk, received.number(), false);
        finished.submit(clerk, new FinishedResult(DemoOrganisation.CITY, "000105001000", new Applicant(ApplicantKind.PERSON,
                "11010519491231002X", "张三（演示）", "张三", "13800000000"), List.of("食品经营许可申请书"),
                Instant.parse("2026-11-02T01:00:00Z"), Instant.parse("2026-11-09T01:00:00Z"),
                Instant.parse("2026-11-10T01:00:00Z"), "JY92108000000001", new LicenceTerms("热食类食品制售（演示）",
                        LocalDate.of(2026, 11, 10), LocalDate.of(2031, 11, 9), CertificateForm.ELECTRONIC,
                        "210800.JY.20261110.0001"), "demo-finished-1"));
    }
}
