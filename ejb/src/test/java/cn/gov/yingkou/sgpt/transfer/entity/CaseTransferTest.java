package cn.gov.yingkou.sgpt.transfer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.licensing.boundary.ApplicantKind;
import cn.gov.yingkou.sgpt.transfer.boundary.TransferStatus;

class CaseTransferTest {

    private static final Instant T = Instant.parse("2026-09-30T02:00:00Z");

    private static CaseTransfer sent() {
        CaseTransfer t = new CaseTransfer("m-1", "digest", 1, 10, 20, new CaseTransfer.Facts("无证施工", "站前区",
                LocalDate.of(2026, 9, 29), ApplicantKind.ORGANISATION, "某公司", "91350100M000100Y43", "《建筑法》第七条",
                null, null), "scjg.clerk", T);
        t.numbered("YS210800-20260930-1");
        return t;
    }

    @Test
    void aSentTransferIsDecidedOnceAndOnlyAnAcceptedCaseCloses() {
        CaseTransfer accepted = sent();
        accepted.accept("立字〔2026〕1号", "zq.clerk", T.plusSeconds(60));
        assertEquals(TransferStatus.ACCEPTED, accepted.status());
        assertThrows(IllegalStateException.class, () -> accepted.decline("再议", "zq.clerk", T));
        assertThrows(IllegalStateException.class, () -> accepted.withdraw(), "a filed case is not taken back");
        accepted.close("罚款五万元", LocalDate.of(2026, 10, 20), "站市监罚〔2026〕9号", 7L, "zq.clerk", T.plusSeconds(120));
        assertEquals(TransferStatus.CLOSED, accepted.status());
        assertEquals(7L, accepted.penaltyDecisionId(), "the penalty loop's record is linked");
        assertThrows(IllegalStateException.class, () -> accepted.close("again", LocalDate.of(2026, 10, 21), null, null,
                "zq.clerk", T));

        CaseTransfer declined = sent();
        declined.decline("证据不足", "zq.clerk", T);
        assertThrows(IllegalStateException.class, () -> declined.close("x", LocalDate.of(2026, 10, 1), null, null, "zq", T),
                "a declined transfer has no case to close");
    }

    @Test
    void aTransferReturnedAsNotTheReceiversGoesOnWithItsDecisionClearedOrIsWithdrawn() {
        CaseTransfer t = sent();
        assertThrows(IllegalStateException.class, () -> t.sendOn(30, "scjg.clerk", T), "only after a return");
        t.notCompetent("属住建部门", 30L, "zq.clerk", T);
        assertEquals(30L, t.suggestedDepartmentId());
        t.sendOn(30, "scjg.clerk", T.plusSeconds(60));
        assertEquals(TransferStatus.SENT, t.status());
        assertEquals(30, t.toDepartmentId());
        assertNull(t.reasons());
        assertNull(t.decidedAt());
        t.withdraw();
        assertEquals(TransferStatus.WITHDRAWN, t.status());
        assertThrows(IllegalStateException.class, () -> t.accept("x", "zjj.clerk", T));
    }
}
