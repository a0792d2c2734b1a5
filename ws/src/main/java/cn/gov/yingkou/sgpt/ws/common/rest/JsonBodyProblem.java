package cn.gov.yingkou.sgpt.ws.common.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was wrong with a JSON body that could not be read, in words an integrator can act on: where the JSON stops being
 * JSON, or which field (by its path) has a value of the wrong type or format. The JSON-B and parser messages it reads
 * are never passed on: they name the platform's classes and the stack's message ids.
 */
final class JsonBodyProblem {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");

    private JsonBodyProblem() {
    }

    static String describe(Throwable failure) {
        String message = longestMessage(failure);
        Matcher position = POSITION.matcher(message);
        if (position.find()) {
            return "请求体不是合法的 JSON（第 " + position.group(1) + " 行第 " + position.group(2) + " 列）/ The body is not "
                    + "well-formed JSON (line " + position.group(1) + ", column " + position.group(2) + ")";
        }
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            path.add(property.group(1));
        }
        if (!path.isEmpty()) {
            String field = String.join(".", path);
            return "请求体 JSON 中字段 " + field + " 的值类型或格式不对 / In the JSON body, the field " + field
                    + " has a value of the wrong type or format";
        }
        return "请求体不是所需格式的 JSON / The body is not the JSON expected";
    }

    /** The outermost message holds the whole path of nested properties; the causes repeat its tail. */
    private static String longestMessage(Throwable failure) {
        String longest = "";
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.length() > longest.length()) {
                longest = message;
            }
        }
        return longest;
    }
}
