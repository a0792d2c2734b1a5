package cn.gov.yingkou.sgpt.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.audit.boundary.AuditFacts;
import cn.gov.yingkou.sgpt.web.duty.DutyFormat;

class StepTemplateTest {

    /** The portal's formats, with the bundle and the department names of a small organisation. */
    private static final StepTemplate.Vocabulary ZH = new StepTemplate.Vocabulary() {
        private final DutyFormat format = new DutyFormat();
        private final Map<String, String> words = Map.of("duty.kind.START_SUPERVISION", "开展监管",
                "push.channel.PLATFORM_INBOX", "平台收件箱", "role.CLERK", "经办人", "role.LIAISON_OFFICER", "联络员");

        @Override
        public String time(Instant instant) {
            return format.time(instant);
        }

        @Override
        public String deadline(Instant instant) {
            return format.deadline(instant);
        }

        @Override
        public String department(String code) {
            return Map.of("210800-SCJG", "营口市市场监督管理局").getOrDefault(code, code);
        }

        @Override
        public String word(String prefix, String value) {
            return words.getOrDefault(prefix + value, value);
        }

        @Override
        public String listSeparator() {
            return "、";
        }

        @Override
        public String half(String bilingual) {
            return bilingual.substring(0, bilingual.indexOf(" / "));
        }
    };

    @Test
    void aDutyIsSaidWithTheDepartmentsNameAndItsDeadlineInBeijingTime() {
        AuditFacts facts = AuditFacts.of("kind", "START_SUPERVISION").with("department", "210800-SCJG")
                .with("due", Instant.parse("2026-12-11T16:00:00Z"));
        assertEquals("开展监管；责任部门：营口市市场监督管理局；期限 2026-12-11 24:00",
                StepTemplate.say("{kind,words,duty.kind.}；责任部门：{department,department}；期限 {due,deadline}"
                        + "[（暂定{provisional,flag}）]", facts, ZH));
        assertEquals("开展监管；期限 2026-12-11 24:00（暂定）",
                StepTemplate.say("{kind,words,duty.kind.}；期限 {due,deadline}[（暂定{provisional,flag}）]",
                        facts.with("provisional", "yes"), ZH));
    }

    @Test
    void timesListsAndBilingualTextsAreShownForTheReader() {
        AuditFacts facts = AuditFacts.of("at", Instant.parse("2026-12-06T13:49:18.501694202Z"))
                .with("materials", List.of("营业执照", "平面图")).with("reason", "申请人撤回申请 / The applicant withdrew")
                .with("receiving", "PLATFORM_INBOX");
        assertEquals("2026-12-06 21:49 起；营业执照、平面图；申请人撤回申请；平台收件箱",
                StepTemplate.say("{at,time} 起；{materials,list}；{reason,bilingual}；{receiving,words,push.channel.}",
                        facts, ZH));
    }

    @Test
    void aSegmentWithAMissingFactIsLeftOutAndAnUnknownWordShowsItsCode() {
        AuditFacts facts = AuditFacts.of("itemName", "食品经营许可").with("receiving", "CARRIER_PIGEON");
        assertEquals("事项：食品经营许可；CARRIER_PIGEON",
                StepTemplate.say("事项：{itemName}[；由{system,department}代{bureau,department}提交]；"
                        + "{receiving,words,push.channel.}", facts, ZH));
        assertEquals("not-an-instant", StepTemplate.say("{at,time}", AuditFacts.of("at", "not-an-instant"), ZH),
                "a value written otherwise shows as it is");
    }

    @Test
    void aListOfCodesIsSaidWordByWord() {
        AuditFacts facts = AuditFacts.of("roles", List.of("CLERK", "LIAISON_OFFICER"));
        assertEquals("经办人、联络员", StepTemplate.say("{roles,wordlist,role.}", facts, ZH));
    }

    @Test
    void aBrokenTemplateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StepTemplate.say("[{a}", AuditFacts.of("a", "1"), ZH));
        assertThrows(IllegalArgumentException.class, () -> StepTemplate.say("{a,shout}", AuditFacts.of("a", "1"), ZH));
    }
}
