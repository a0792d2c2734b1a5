package cn.gov.yingkou.sgpt.web.i18n;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;

/**
 * Says an audited step from its facts with a template of the message bundle. A placeholder names a fact and how to
 * show it: {@code {days}} as it is, {@code {due,time}} and {@code {due,deadline}} in Beijing time, {@code
 * {receiver,department}} by the department's name, {@code {reason,words,pause.}} by the bundle's word for the value
 * under that prefix, {@code {materials,list}} one item after another ({@code {roles,wordlist,role.}} each in words), {@code {provisional,flag}} as nothing (it only
 * decides whether its segment shows), {@code {reason,bilingual}} the reader's half of a text written in both languages. A segment in square brackets shows only when every fact it names is there.
 */
public final class StepTemplate {

    /** What the template's formats turn a value into, in the reader's language. */
    public interface Vocabulary {
        String time(Instant instant);

        String deadline(Instant instant);

        String department(String code);

        /** The bundle's word for {@code prefix + value}, or the value itself when the bundle has none. */
        String word(String prefix, String value);

        String listSeparator();

        /** The reader's half of a text the platform wrote in both languages ("申请人撤回申请 / The applicant withdrew"). */
        String half(String bilingual);
    }

    private StepTemplate() {
    }

    public static String say(String template, AuditFacts facts, Vocabulary vocabulary) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('[', at);
            if (open < 0) {
                out.append(fill(template.substring(at), facts.asMap(), vocabulary));
                break;
            }
            int close = template.indexOf(']', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed segment in " + template);
            }
            out.append(fill(template.substring(at, open), facts.asMap(), vocabulary));
            String segment = template.substring(open + 1, close);
            if (allPresent(segment, facts.asMap())) {
                out.append(fill(segment, facts.asMap(), vocabulary));
            }
            at = close + 1;
        }
        return out.toString();
    }

    private static boolean allPresent(String segment, Map<String, String> facts) {
        for (int open = segment.indexOf('{'); open >= 0; open = segment.indexOf('{', open + 1)) {
            String name = segment.substring(open + 1, segment.indexOf('}', open)).split(",")[0].strip();
            if (!facts.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    private static String fill(String text, Map<String, String> facts, Vocabulary vocabulary) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', at)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in " + text);
            }
            out.append(text, at, open);
            String[] parts = text.substring(open + 1, close).split(",", 3);
            String value = facts.get(parts[0].strip());
            if (value != null) {
                out.append(shown(value, parts.length > 1 ? parts[1].strip() : "", parts.length > 2 ? parts[2].strip() : "",
                        vocabulary));
            }
            at = close + 1;
        }
        return out.append(text.substring(at)).toString();
    }

    private static String shown(String value, String format, String argument, Vocabulary vocabulary) {
        return switch (format) {
            case "" -> value;
            case "time" -> instant(value, vocabulary::time);
            case "deadline" -> instant(value, vocabulary::deadline);
            case "department" -> vocabulary.department(value);
            case "words" -> vocabulary.word(argument, value);
            case "list" -> AuditFacts.items(value).stream().collect(Collectors.joining(vocabulary.listSeparator()));
            case "wordlist" -> AuditFacts.items(value).stream().map(item -> vocabulary.word(argument, item))
                    .collect(Collectors.joining(vocabulary.listSeparator()));
            case "flag" -> "";
            case "bilingual" -> vocabulary.half(value);
            default -> throw new IllegalArgumentException("Unknown format " + format);
        };
    }

    /** A value that is not an instant (an entry written otherwise) is shown as it is rather than failing the page. */
    private static String instant(String value, java.util.function.Function<Instant, String> format) {
        try {
            return format.apply(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
