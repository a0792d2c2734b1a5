package cn.gov.yingkou.sgpt.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResultPushTest {

    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

    private static ResultPush prepared() {
        return new ResultPush(1, "XK210800-2026-1", "SQ210800-20261123-1", "000105001000", 11, 12, "{}", T, T);
    }

    @Test
    void pushedSignedOrReturnedAndPushedAgainElsewhere() {
        ResultPush push = prepared();
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
        ResultPush push = prepared();
        Instant due = T.plusSeconds(3 * 86_400);
        assertThrows(IllegalArgumentException.class, () -> push.agreeOffPlatform(12, " ", "李科长", due, T));
        assertThrows(IllegalArgumentException.class, () -> push.agreeOffPlatform(12, "传真", "", due, T));
        assertThrows(IllegalArgumentException.class, () -> push.agreeOffPlatform(12, "传真", "李科长", T, T),
                "a deadline that has already come is no agreement");
        assertFalse(push.agreedOffPlatform());
        push.agreeOffPlatform(12, "传真", "李科长", due, T);
        assertEquals(due, push.agreedDueAt());
        push.push(12, "OFF_PLATFORM", "spj.clerk", T.plusSeconds(60));
        assertEquals("OFF_PLATFORM", push.handedOverBy());
        assertThrows(IllegalStateException.class, () -> push.agreeOffPlatform(12, "复印", "李科长", due, T),
                "what was pushed is not agreed again");
    }

    @Test
    void everyPushHasItsOwnMessageId() {
        assertNotEquals(prepared().messageId(), prepared().messageId());
    }

    @ParameterizedTest
    @EnumSource(PushStatus.class)
    void onlyTheListedTransitionsExist(PushStatus from) {
        EnumSet<PushStatus> expected = switch (from) {
            case PENDING, RETURNED -> EnumSet.of(PushStatus.PUSHED);
            case PUSHED -> EnumSet.of(PushStatus.SIGNED, PushStatus.RETURNED);
            case SIGNED -> EnumSet.noneOf(PushStatus.class);
        };
        for (PushStatus to : PushStatus.values()) {
            assertEquals(expected.contains(to), from.canBecome(to), from + " → " + to);
        }
    }
}
