package cn.gov.yingkou.sgpt.licensing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The licence's lifecycle (Licensing Law Art 8, 49, 69, 70; Administrative Penalty Law Art 9): what each status may
 * become, and which of the approval bureau's actions each allows.
 */
class LicenceLifecycleTest {

    @ParameterizedTest
    @EnumSource(LicenceStatus.class)
    void onlyTheseMovesExist(LicenceStatus from) {
        Set<LicenceStatus> expected = switch (from) {
            case VALID -> EnumSet.of(LicenceStatus.SUSPENDED, LicenceStatus.WITHDRAWN, LicenceStatus.REVOKED,
                    LicenceStatus.CANCELLED, LicenceStatus.EXPIRED);
            case SUSPENDED -> EnumSet.of(LicenceStatus.VALID, LicenceStatus.WITHDRAWN, LicenceStatus.REVOKED,
                    LicenceStatus.CANCELLED);
            // Art 70: a licence withdrawn, revoked or expired is still to be cancelled.
            case WITHDRAWN, REVOKED, EXPIRED -> EnumSet.of(LicenceStatus.CANCELLED);
            case AMENDED, CANCELLED -> EnumSet.noneOf(LicenceStatus.class);
        };
        for (LicenceStatus to : LicenceStatus.values()) {
            assertEquals(expected.contains(to), from.canBecome(to), from + " → " + to);
        }
    }

    @ParameterizedTest
    @EnumSource(LicenceActionKind.class)
    void eachActionIsAllowedOnlyWhereTheLawAllowsIt(LicenceActionKind kind) {
        Set<LicenceStatus> allowed = switch (kind) {
            case CHANGE -> EnumSet.of(LicenceStatus.VALID);
            case SUSPEND -> EnumSet.of(LicenceStatus.VALID);
            case RESTORE -> EnumSet.of(LicenceStatus.SUSPENDED);
            case WITHDRAW, REVOKE -> EnumSet.of(LicenceStatus.VALID, LicenceStatus.SUSPENDED);
            case CANCEL -> EnumSet.of(LicenceStatus.VALID, LicenceStatus.SUSPENDED, LicenceStatus.WITHDRAWN,
                    LicenceStatus.REVOKED, LicenceStatus.EXPIRED);
            case DECLINE -> EnumSet.allOf(LicenceStatus.class);
        };
        for (LicenceStatus status : LicenceStatus.values()) {
            assertEquals(allowed.contains(status), kind.allowedOn(status), kind + " on " + status);
        }
    }
}
