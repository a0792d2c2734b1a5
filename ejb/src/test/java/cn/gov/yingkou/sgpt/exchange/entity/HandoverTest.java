package cn.gov.yingkou.sgpt.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;

class HandoverTest {

    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

    private static Handover prepared() {
        return Handover.result(1, "XK210800-2026-1", "SQ210800-20261123-1", "000105001000", 11, 12, "{}", T, T);
    }

    @Test
    void pushedSignedOrReturnedAndPushedAgainElsewhere() {
        Handover push = prepared();
        assertEquals(PushStatus.PENDING, push.status());
        assertThrows(IllegalStateException.class, () -> push.sign("scjg.clerk", T), "nothing to sign before the push");
        push.push(12, "PLATFORM_INBOX", "spj.clerk", T.plusSeconds(60));
        assertThrows(IllegalArgumentException.class, () -> push.giveBack(" ", T));
        push.giveBack("不属于本部门监管", T.plusSeconds(120));
        assertEquals(PushStatus.RETURNED, push.status());
        assertEquals("不属于本部门监管", push.returnReason());
        push.push(13, "PLATFORM_INBOX", "spj.clerk", T.plusSeconds(180));
        assertEquals(13, push.toDepartmentId());
        assertNull(push.returnReason());
        push.sign("wjw.clerk", T.plusSeconds(240));
        assertEquals(PushStatus.SIGNED, push.status());
        assertThrows(IllegalStateException.class, () -> push.giveBack("晚了", T.plusSeconds(300)));
    }

    @Test
    void anOffPlatformHandOverIsAgreedBeforeThePushAndNeedsItsParts() {
        Handover push = prepared();
        Instant due = T.plusSeconds(3 * 86_400);
        assertThrows(IllegalArgumentException.class, () -> push.agreeOffPlatform(12, " ", "李科长", due, T));
        assertThrows(IllegalArgumentException.class, () -> push.agreeOffPlatform(12, "传真", "", due, T));
        assertThrows(IllegalArgumentException.class, () -> push.agreeOffPlatform(12, "传真", "李科长", T, T),
                "a deadline that has already come is no agreement");
        assertFalse(push.agreedOffPlatform());
        push.agreeOffPlatform(12, "传真", "李科长", due, T);
        assertEquals(due, push.agreedDueAt());
        assertFalse(push.handedOverOffPlatform(), "agreed is not yet handed over");
        push.push(12, "OFF_PLATFORM", "spj.clerk", T.plusSeconds(60));
        assertEquals("OFF_PLATFORM", push.handedOverBy());
        assertTrue(push.handedOverOffPlatform());
        assertThrows(IllegalStateException.class, () -> push.agreeOffPlatform(12, "复印", "李科长", due, T),
                "what was pushed is not agreed again");
    }

    @Test
    void anOffPlatformHandOverIsRecordedAsItHappenedButNotBeforeTheAgreementNorInTheFuture() {
        Handover push = prepared();
        Instant agreedAt = T.plusSeconds(3620);
        Instant now = T.plusSeconds(2 * 86_400);
        assertThrows(IllegalStateException.class, () -> push.push(12, "PLATFORM_INBOX", "spj.clerk", T.plusSeconds(60), now),
                "a push on the platform happens when it is recorded");
        push.agreeOffPlatform(12, "传真", "李科长", T.plusSeconds(3 * 86_400), agreedAt);
        assertEquals(agreedAt, push.agreedAt());
        Instant minuteBefore = agreedAt.truncatedTo(ChronoUnit.MINUTES).minusSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> push.push(12, "OFF_PLATFORM", "spj.clerk", minuteBefore, now),
                "before the agreement");
        assertThrows(IllegalArgumentException.class, () -> push.push(12, "OFF_PLATFORM", "spj.clerk", now.plusSeconds(1),
                now), "in the future");
        assertThrows(IllegalArgumentException.class, () -> push.push(12, "OFF_PLATFORM", "spj.clerk", null, now));
        assertEquals(PushStatus.PENDING, push.status(), "nothing changed");

        push.push(12, "OFF_PLATFORM", "spj.clerk", agreedAt.truncatedTo(ChronoUnit.MINUTES), now);
        assertEquals(agreedAt, push.pushedAt(), "given to the minute of the agreement: taken as the agreement's time");
        assertEquals(now, push.changedAt(), "lists and incremental readers see the change when it was recorded");
        push.giveBack("应由其他部门接收", now);
        Instant later = now.plusSeconds(60);
        assertThrows(IllegalArgumentException.class, () -> push.push(13, "OFF_PLATFORM", "spj.clerk",
                now.minusSeconds(3600), later), "before it came back");
        push.push(13, "OFF_PLATFORM", "spj.clerk", now.plusSeconds(30), later);
        assertEquals(now.plusSeconds(30), push.pushedAt());
    }

    @Test
    void aPaperReceiptNamesItsSignerAndTimeWithinTheHandOverAndNow() {
        Handover push = prepared();
        push.agreeOffPlatform(12, "现场查阅", "李科长", T.plusSeconds(3 * 86_400), T);
        Instant handed = T.plusSeconds(3600);
        Instant now = T.plusSeconds(86_400);
        push.push(12, "OFF_PLATFORM", "spj.clerk", handed, now);
        assertThrows(IllegalArgumentException.class, () -> push.signOffPlatform(" ", handed, "spj.clerk", now));
        assertThrows(IllegalArgumentException.class, () -> push.signOffPlatform("李".repeat(65), handed, "spj.clerk", now));
        assertThrows(IllegalArgumentException.class, () -> push.signOffPlatform("李科长", handed.minusSeconds(1), "spj.clerk",
                now), "before the hand-over");
        assertThrows(IllegalArgumentException.class, () -> push.signOffPlatform("李科长", now.plusSeconds(1), "spj.clerk",
                now), "in the future");
        assertEquals(PushStatus.PUSHED, push.status(), "nothing changed");

        push.signOffPlatform(" 李科长 ", handed.plusSeconds(60), "spj.clerk", now);
        assertEquals(PushStatus.SIGNED, push.status());
        assertEquals("李科长", push.signedBy());
        assertEquals(handed.plusSeconds(60), push.signedAt());
        assertEquals("spj.clerk", push.receiptRecordedBy());
        assertThrows(IllegalStateException.class, () -> push.signOffPlatform("李科长", now, "spj.clerk", now), "signed once");
    }

    @Test
    void aPushOnThePlatformHasNoPaperReceipt() {
        Handover push = prepared();
        push.push(12, "PLATFORM_INBOX", "spj.clerk", T.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> push.signOffPlatform("李科长", T.plusSeconds(120), "spj.clerk",
                T.plusSeconds(180)));
        assertEquals(PushStatus.PUSHED, push.status());
    }

    @Test
    void aWithdrawnHandOverKeepsItsReasonAndGoesNoFurther() {
        Handover penalty = new Handover(DocumentKind.PENALTY, 1, "XK210800-2026-1", "营市监罚〔2026〕12号", "000105001000",
                12, 11, "{}", T, T, null);
        penalty.push(11, "PLATFORM_INBOX", "scjg.clerk", T.plusSeconds(60));
        assertThrows(IllegalArgumentException.class, () -> penalty.withdraw(" ", T.plusSeconds(90)));
        penalty.withdraw("决定书文号录错 ", T.plusSeconds(120));
        assertEquals(PushStatus.WITHDRAWN, penalty.status());
        assertEquals("决定书文号录错", penalty.withdrawReason());
        assertEquals(T.plusSeconds(120), penalty.withdrawnAt());
        assertThrows(IllegalStateException.class, () -> penalty.sign("spj.clerk", T.plusSeconds(180)));
        assertEquals(DocumentKind.PENALTY, penalty.kind());
        assertEquals("营市监罚〔2026〕12号", penalty.documentNumber());
    }

    @Test
    void everyPushHasItsOwnMessageId() {
        assertNotEquals(prepared().messageId(), prepared().messageId());
    }

    @ParameterizedTest
    @EnumSource(PushStatus.class)
    void onlyTheListedTransitionsExist(PushStatus from) {
        EnumSet<PushStatus> expected = switch (from) {
            case PENDING, RETURNED -> EnumSet.of(PushStatus.PUSHED, PushStatus.WITHDRAWN);
            case PUSHED -> EnumSet.of(PushStatus.SIGNED, PushStatus.RETURNED, PushStatus.WITHDRAWN);
            case SIGNED, WITHDRAWN -> EnumSet.noneOf(PushStatus.class);
        };
        for (PushStatus to : PushStatus.values()) {
            assertEquals(expected.contains(to), from.canBecome(to), from + " → " + to);
        }
    }
}
