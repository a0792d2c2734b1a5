package cn.gov.yingkou.sgpt.duty.boundary;

/** The statutory duties the platform clocks (DESIGN.md §3), with the article each comes from. */
public enum DutyKind {
    /** 推送审批结果：发证后 2 个工作日内 (Art 17). */
    PUSH_RESULT("推送审批结果"),
    /** 签收审批结果：推送后 2 个工作日内 (Art 17). */
    SIGN_FOR_RESULT("签收审批结果"),
    /** 签收后及时开展监管 (Art 17, 18). */
    START_SUPERVISION("开展监管"),
    /** 答复投诉举报：受理后在配置的工作日内 (Art 18: 群众参与). */
    ANSWER_COMPLAINT("答复投诉举报"),
    /** 推送处罚信息：处罚决定后 2 个工作日内 (Art 19). */
    PUSH_PENALTY_INFO("推送处罚信息"),
    /** 签收处罚信息：推送后 2 个工作日内 (Art 19, by the rule of Art 17). */
    SIGN_FOR_PENALTY("签收处罚信息"),
    /** 签收许可处理结果：推送后 2 个工作日内 (Art 19, by the rule of Art 17). */
    SIGN_FOR_LICENCE_ACTION("签收许可处理结果"),
    /** 反馈许可处理结果：2 个工作日内 (Art 19). */
    PUSH_LICENCE_ACTION_BACK("反馈许可处理结果"),
    /** 移送案件：立即；被退回（不属管辖）后 2 个工作日内改送或撤回 (Art 20). */
    TRANSFER_CASE("移送案件"),
    /** 决定是否接收移送案件：5 个工作日内 (Art 20). */
    DECIDE_ON_TRANSFER("决定是否接收移送案件"),
    /** 反馈案件处理结果：办结时立即 (Art 20). */
    FEED_BACK_CASE_OUTCOME("反馈案件处理结果"),
    /** 签收案件处理结果：2 个工作日内 (Art 20). */
    SIGN_FOR_CASE_OUTCOME("签收案件处理结果"),
    /** 线下推送或签收：约定时限 (Art 17 ¶2). */
    OFF_PLATFORM_DELIVERY("线下推送/签收"),
    /** 作出许可决定：事项办结时限 (许可法 Art 42). */
    DECIDE_APPLICATION("作出许可决定"),
    /** 一次告知补正材料：5 日内 (许可法 Art 32). */
    NOTIFY_MISSING_MATERIALS("一次告知补正材料"),
    /** 颁发、送达许可证件：10 个工作日内 (许可法 Art 44). */
    ISSUE_LICENCE("颁发送达许可证件"),
    /** 公示许可决定：7 个工作日内 (双公示). */
    PUBLISH_DECISION("公示许可决定"),
    /** 对规章草案征求意见的答复：征求方确定的期限 (Art 8 ¶4). */
    REPLY_TO_SOLICITATION("答复立法征求意见");

    private final String title;

    DutyKind(String title) {
        this.title = title;
    }

    /** The duty's name in official documents (circulars, reports); the portal words it through its bundles. */
    public String title() {
        return title;
    }
}
