package cn.gov.yingkou.sgpt.ws.common.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.ws.common.ErrorCode;
import cn.gov.yingkou.sgpt.ws.common.security.AuthenticationFailure;

class SoapFailureClassifierTest {

    @Test
    void aDoctypeIsRefusedAsSuch() {
        var failure = new RuntimeException("Unmarshalling Error", new XMLStreamException("Received a DTD which is not allowed"));
        assertEquals(ErrorCode.DTD_FORBIDDEN, SoapFailureClassifier.classify(failure, true));
    }

    @Test
    void brokenXmlIsMalformedEvenWhenUnmarshallingReportsIt() {
        var failure = new RuntimeException("Unmarshalling Error: Unexpected close tag",
                new IllegalStateException("wrapped", new XMLStreamException("Unexpected close tag </p:ech>")));
        assertEquals(ErrorCode.MALFORMED_XML, SoapFailureClassifier.classify(failure, true));
    }

    @Test
    void aSchemaViolationNamesTheFacetThatFailed() {
        var failure = new RuntimeException("Unmarshalling Error: cvc-maxLength-valid: Value 'xxx' with length = '250' is not facet-valid");
        assertEquals(ErrorCode.CONTRACT_VIOLATION, SoapFailureClassifier.classify(failure, true));
        assertEquals("cvc-maxLength-valid: Value 'xxx' with length = '250' is not facet-valid",
                SoapFailureClassifier.detail(failure));
    }

    @Test
    void anOperationOutsideTheContractIsUnknown() {
        var failure = new RuntimeException("Unexpected wrapper element {urn:x}nope found.");
        assertEquals(ErrorCode.UNKNOWN_OPERATION, SoapFailureClassifier.classify(failure, true));
        var byAction = new RuntimeException("Unexpected element {urn:x}nope found.   Expected {urn:x}ping.");
        assertEquals(ErrorCode.UNKNOWN_OPERATION, SoapFailureClassifier.classify(byAction, true));
        var noAction = new RuntimeException("Message part {urn:x}nope was not recognized.  (Does it exist in service WSDL?)");
        assertEquals(ErrorCode.UNKNOWN_OPERATION, SoapFailureClassifier.classify(noAction, true));
        var strayChild = new RuntimeException("Unmarshalling Error: unexpected element (uri:\"\", local:\"a\"). Expected "
                + "elements are (none)");
        assertEquals(ErrorCode.CONTRACT_VIOLATION, SoapFailureClassifier.classify(strayChild, true),
                "an element the operation's type does not have breaks the contract; the operation exists");
    }

    @Test
    void aHeaderTheContractDoesNotDeclareMarkedMustUnderstandIsTheCallersToRemove() {
        String message = "MustUnderstand headers: [{http://docs.oasis-open.org/wss/2004/01/"
                + "oasis-200401-wss-wssecurity-secext-1.0.xsd}Security] are not understood.";
        var failure = new RuntimeException(message);
        assertEquals(ErrorCode.CONTRACT_VIOLATION, SoapFailureClassifier.classify(failure, false));
        assertEquals(message, SoapFailureClassifier.detail(failure));
    }

    @Test
    void aDocumentBeyondTheParsersLimitsIsTooLargeWhateverElseItBreaks() {
        var failure = new RuntimeException("Unexpected element {urn:x}a found.",
                new XMLStreamException("Maximum Element Depth limit (100) Exceeded"));
        assertEquals(ErrorCode.TOO_LARGE, SoapFailureClassifier.classify(failure, true));
        assertEquals(true, ErrorCode.TOO_LARGE.callersFault());
        assertEquals(ErrorCode.TOO_LARGE, SoapFailureClassifier.classify(new RuntimeException(
                new cn.gov.yingkou.sgpt.ws.common.limits.RequestTooLarge(10)), false), "a body cut off at the size limit");
    }

    @Test
    void anythingElseDependsOnWhoseFaultTheStackSaysItIs() {
        var failure = new IllegalStateException("boom");
        assertEquals(ErrorCode.BAD_REQUEST, SoapFailureClassifier.classify(failure, true));
        assertEquals(ErrorCode.INTERNAL, SoapFailureClassifier.classify(failure, false));
        assertNull(SoapFailureClassifier.detail(failure));
    }

    @Test
    void aRefusedCallerIsTold401WithTheReasonWhateverWrapsIt() {
        Exception failure = new RuntimeException("fault", new AuthenticationFailure(
                "来源地址不在允许列表中 / Address not on the allow-list"));
        assertEquals(ErrorCode.UNAUTHENTICATED, SoapFailureClassifier.classify(failure, false));
        assertEquals("来源地址不在允许列表中 / Address not on the allow-list", SoapFailureClassifier.detail(failure));
        assertEquals(true, ErrorCode.UNAUTHENTICATED.callersFault());
    }

    @Test
    void theDatabaseOutOfReachIsTemporaryAndAnythingElseTheServersFault() {
        var cut = new RuntimeException("could not execute statement", new java.sql.SQLException(
                "terminating connection due to administrator command", "57P01"));
        assertEquals(ErrorCode.UNAVAILABLE, SoapFailureClassifier.classify(cut, false));
        var refused = new RuntimeException(new java.sql.SQLException("Connection refused", "08001"));
        assertEquals(ErrorCode.UNAVAILABLE, SoapFailureClassifier.classify(refused, false));
        var constraint = new RuntimeException(new java.sql.SQLException("duplicate key", "23505"));
        assertEquals(ErrorCode.INTERNAL, SoapFailureClassifier.classify(constraint, false));
    }
}
