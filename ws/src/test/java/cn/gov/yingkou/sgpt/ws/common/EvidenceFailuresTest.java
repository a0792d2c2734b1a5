package cn.gov.yingkou.sgpt.ws.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceAltered;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused.Reason;

/** Each refusal of an evidence file has its own code and status, found however the container wrapped it. */
class EvidenceFailuresTest {

    @Test
    void eachReasonHasItsOwnCodeAndStatus() {
        assertEquals(ErrorCode.EVIDENCE_TOO_LARGE, EvidenceFailures.codeOf(new EvidenceRefused(Reason.TOO_LARGE, "x")));
        assertEquals(413, EvidenceFailures.httpStatus(ErrorCode.EVIDENCE_TOO_LARGE));
        assertEquals(ErrorCode.EVIDENCE_TYPE_REFUSED, EvidenceFailures.codeOf(new EvidenceRefused(Reason.TYPE, "x")));
        assertEquals(415, EvidenceFailures.httpStatus(ErrorCode.EVIDENCE_TYPE_REFUSED));
        assertEquals(ErrorCode.EVIDENCE_INFECTED, EvidenceFailures.codeOf(new EvidenceRefused(Reason.INFECTED, "x")));
        assertEquals(422, EvidenceFailures.httpStatus(ErrorCode.EVIDENCE_INFECTED));
        assertEquals(ErrorCode.EVIDENCE_EMPTY, EvidenceFailures.codeOf(new EvidenceRefused(Reason.EMPTY, "x")));
        assertEquals(400, EvidenceFailures.httpStatus(ErrorCode.EVIDENCE_EMPTY));
        assertEquals(ErrorCode.EVIDENCE_UNSCANNED, EvidenceFailures.codeOf(new EvidenceRefused(Reason.UNSCANNED, "x")));
        assertEquals(503, EvidenceFailures.httpStatus(ErrorCode.EVIDENCE_UNSCANNED));
        assertEquals(ErrorCode.EVIDENCE_ALTERED, EvidenceFailures.codeOf(new EvidenceAltered("x")));
        assertEquals(500, EvidenceFailures.httpStatus(ErrorCode.EVIDENCE_ALTERED));
    }

    @Test
    void theCallersFaultsAreTheCallersAndTheStoresAreThePlatforms() {
        assertTrue(ErrorCode.EVIDENCE_TOO_LARGE.callersFault());
        assertTrue(ErrorCode.EVIDENCE_TYPE_REFUSED.callersFault());
        assertFalse(ErrorCode.EVIDENCE_UNSCANNED.callersFault(), "a scanner out of order is not the sender's to fix");
        assertFalse(ErrorCode.EVIDENCE_ALTERED.callersFault());
    }

    @Test
    void aWrappedRefusalIsFoundAndOtherFailuresAreNotEvidenceFailures() {
        EJBException wrapped = new EJBException(new EvidenceRefused(Reason.TOO_LARGE, "证据文件超过上限 / too large"));
        assertEquals(ErrorCode.EVIDENCE_TOO_LARGE, EvidenceFailures.codeOf(wrapped));
        assertEquals("证据文件超过上限 / too large", EvidenceFailures.detailOf(wrapped));
        assertNull(EvidenceFailures.codeOf(new IllegalArgumentException("不是证据 / not evidence")));
    }
}
