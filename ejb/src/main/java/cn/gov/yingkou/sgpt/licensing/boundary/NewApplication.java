package cn.gov.yingkou.sgpt.licensing.boundary;

import java.util.List;

/**
 * An application as it arrives: for which item of which unit, from whom, with which materials; and the
 * message id the calling system gave it (null from the portal), so that sending it again changes nothing.
 */
public record NewApplication(String unitCode, String itemCode, Applicant applicant, List<String> materials,
        String messageId) {
}
