package cn.gov.yingkou.sgpt.web.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.duty.boundary.DutyKind;
import cn.gov.yingkou.sgpt.duty.boundary.DutyStatus;
import cn.gov.yingkou.sgpt.duty.boundary.DutyView;

/** A duty list names each duty's record as a clerk knows it and links it to the page that shows it. */
class DutySubjectsTest {

    private static DutyView about(String type, String key) {
        return about(DutyKind.PUSH_RESULT, type, key);
    }

    private static DutyView about(DutyKind kind, String type, String key) {
        return new DutyView(1, kind, type, key, 2, null, "WORKING_DAYS", 2, null, null, false, null,
                DutyStatus.OPEN, null, null, null);
    }

    @Test
    void aPushIsNamedByItsLicenceOnceReadAndByItsIdOtherwise() {
        DutySubjects subjects = new DutySubjects();
        DutyView known = about("push", "41");
        DutyView unknown = about("push", "42");
        assertEquals(List.of(41L, 42L), DutySubjects.pushIds(List.of(known, about("application", "SQ1"), unknown)));
        subjects.remember(Map.of(41L, "JY2210800001"));
        assertEquals("JY2210800001", subjects.reference(known));
        assertEquals("42", subjects.reference(unknown), "a push the reader may not see keeps its id");
        assertEquals("/exchange/push", subjects.page(known));
        assertEquals("id", subjects.parameter(known));
    }

    @Test
    void startingSupervisionIsDoneOnTheFileTheSignedPushOpened() {
        DutySubjects subjects = new DutySubjects();
        DutyView supervision = about(DutyKind.START_SUPERVISION, "push", "41");
        subjects.remember(Map.of(41L, "JY2210800001"));
        assertEquals("JY2210800001", subjects.reference(supervision), "still named by its licence");
        assertEquals("/supervision/file", subjects.page(supervision));
        assertEquals("push", subjects.parameter(supervision));
    }

    @Test
    void aPushDutyWhoseKeyNamesNoPushIsShownAsItIsWithoutFailingTheList() {
        DutySubjects subjects = new DutySubjects();
        DutyView odd = about("push", "P-86c5216f");
        assertEquals(List.of(41L), DutySubjects.pushIds(List.of(odd, about("push", "41"))));
        assertEquals("P-86c5216f", subjects.reference(odd));
    }

    @Test
    void otherRecordsLinkToTheirPagesOrToNone() {
        DutySubjects subjects = new DutySubjects();
        DutyView application = about("application", "SQ210800-20261128-1");
        assertEquals("SQ210800-20261128-1", subjects.reference(application));
        assertEquals("/licensing/application", subjects.page(application));
        assertEquals("number", subjects.parameter(application));
        assertEquals("duty.subject.application", subjects.kind(application));
        assertEquals("/catalogue/notices", subjects.page(about("catalogue-notice", "7")));
        assertNull(subjects.parameter(about("catalogue-notice", "7")), "the notices page lists them all");
        DutyView complaint = about(DutyKind.ANSWER_COMPLAINT, "complaint", "TS2026120712345678");
        assertEquals("TS2026120712345678", subjects.reference(complaint), "named by its reference");
        assertEquals("/supervision/complaint", subjects.page(complaint));
        assertEquals("reference", subjects.parameter(complaint));
        assertNull(subjects.page(about("licence", "XK1")), "no page shows it: named, not linked");
    }
}
