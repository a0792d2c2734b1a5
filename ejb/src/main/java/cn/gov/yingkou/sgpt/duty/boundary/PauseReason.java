package cn.gov.yingkou.sgpt.duty.boundary;

/** What may stop a licensing clock (Administrative Licensing Law Art 45). */
public enum PauseReason {
    /** 听证 */ HEARING,
    /** 招标 */ TENDER,
    /** 拍卖 */ AUCTION,
    /** 检验 */ INSPECTION,
    /** 检测 */ TESTING,
    /** 检疫 */ QUARANTINE,
    /** 鉴定 */ APPRAISAL,
    /** 专家评审 */ EXPERT_REVIEW
}
