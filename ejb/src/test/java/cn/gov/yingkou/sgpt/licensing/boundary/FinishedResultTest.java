package cn.gov.yingkou.sgpt.licensing.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.shared.FieldProblem;
import cn.gov.yingkou.sgpt.shared.InvalidFields;

class FinishedResultTest {

    private static final Applicant PERSON = new Applicant(ApplicantKind.PERSON, "11010519491231002X", "张三", "张三",
            "13800000000");
    private static final LicenceTerms TERMS = new LicenceTerms("热食类食品制售", LocalDate.of(2026, 11, 10),
            LocalDate.of(2031, 11, 9), CertificateForm.ELECTRONIC, "21080020261110JY1.0001");
    private static final Instant ACCEPTED = Instant.parse("2026-11-02T01:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-09T01:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-11-10T01:00:00Z");

    private static List<String> paths(InvalidFields refused) {
        return refused.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aGoodResultIsTakenAsGiven() {
        FinishedResult result = assertDoesNotThrow(() -> new FinishedResult("210800", "000105001000", PERSON,
                List.of(" 申请书 ", "", "申请书"), ACCEPTED, DECIDED, ISSUED, "JY1210800001", TERMS, "msg-1"));
        assertEquals(List.of("申请书"), result.materials(), "blank entries and repeats dropped");
    }

    @Test
    void everyFieldAndEveryRuleBetweenFieldsIsReportedInOnePass() {
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        InvalidFields refused = assertThrows(InvalidFields.class, () -> new FinishedResult("210800", " ", null,
                List.of("申请书"), DECIDED, ACCEPTED, tomorrow, "JY 1", TERMS, "has spaces"));
        assertEquals(List.of("itemCode", "applicant", "decidedAt", "issuedAt", "licence.number", "messageId"),
                paths(refused));
        assertTrue(refused.problems().get(2).message().contains("cannot come before the acceptance"), refused.getMessage());
        assertTrue(refused.problems().get(3).message().contains("cannot lie in the future"), refused.getMessage());
    }

    @Test
    void missingTimesAreNamedEachAndAnIssueBeforeTheDecisionIsRefused() {
        assertEquals(List.of("acceptedAt", "decidedAt", "issuedAt", "licence"), paths(assertThrows(InvalidFields.class,
                () -> new FinishedResult("210800", "000105001000", PERSON, null, null, null, null, null, null, null))));
        InvalidFields early = assertThrows(InvalidFields.class, () -> new FinishedResult("210800", "000105001000", PERSON,
                null, ACCEPTED, DECIDED, ACCEPTED, null, TERMS, null));
        assertEquals(List.of("issuedAt"), paths(early));
        assertTrue(early.getMessage().contains("发证时间不能早于决定时间"), early.getMessage());
    }

    @Test
    void everyBadTermOfTheLicenceIsNamed() {
        InvalidFields refused = assertThrows(InvalidFields.class, () -> new LicenceTerms(" ", LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 1), null, ""));
        assertEquals(List.of("scope", "validUntil", "form", "certificateRef"), paths(refused));
        assertEquals(List.of("validFrom"), paths(assertThrows(InvalidFields.class, () -> new LicenceTerms("范围", null,
                LocalDate.of(2026, 11, 1), CertificateForm.PAPER, "A-1"))));
    }

    @Test
    void anApplicationNamesItsBadFieldsToo() {
        assertEquals(List.of("unitCode", "itemCode", "applicant", "materials", "messageId"), paths(assertThrows(
                InvalidFields.class, () -> new NewApplication(null, "", null, IntStream.rangeClosed(1, 101)
                        .mapToObj(n -> "材料" + n).toList(), "a b"))));
    }
}
