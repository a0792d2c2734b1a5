package cn.gov.yingkou.sgpt.shared;

/**
 * The record a request names (by its id, number or code) does not exist: one answer for every interface (SGPT-REQ-404,
 * HTTP 404). A refused value that merely refers to something missing inside a submission stays a refused value.
 */
public class RecordNotFound extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String message) {
        super(message);
    }
}
