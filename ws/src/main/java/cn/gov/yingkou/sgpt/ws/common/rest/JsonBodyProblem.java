package cn.gov.yingkou.sgpt.ws.common.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON body that could not be read, in words an integrator can act on: where the JSON stops being
 * JSON, which value is not among those allowed (and which are), or which field (by its path) has a value of the wrong
 * type or format. The JSON-B and parser messages it reads
 * are never passed on: they name the platform's classes and the stack's message ids.
 */
final class JsonBodyProblem {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");
    private static final Pattern ENUM_VALUE = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

    private JsonBodyProblem() {
    }

    static String describe(Throwable failure) {
        String message = longestMessage(failure);
        Matcher position = POSITION.matcher(message);
        if (position.find()) {
            return "请求体不是合法的 JSON（第 " + position.group(1) + " 行第 " + position.group(2) + " 列）/ The body is not "
                    + "well-formed JSON (line " + position.group(1) + ", column " + position.group(2) + ")";
        }
        Matcher enumValue = ENUM_VALUE.matcher(message);
        if (enumValue.find()) {
            String allowed = allowedValues(enumValue.group(1));
            return "请求体 JSON 中的值 " + enumValue.group(2) + " 不是允许的取值" + (allowed.isEmpty() ? "" : "（" + allowed + "）")
                    + " / The value " + enumValue.group(2) + " in the JSON body is not one of those allowed"
                    + (allowed.isEmpty() ? "" : " (" + allowed + ")");
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

    /** The constants of the enum JSON-B named (nested enums spelled with dots), or nothing if it cannot be loaded. */
    private static String allowedValues(String enumName) {
        String name = enumName;
        while (true) {
            try {
                Object[] constants = Class.forName(name, false, JsonBodyProblem.class.getClassLoader()).getEnumConstants();
                return constants == null ? "" : Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return "";
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
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
