package cn.gov.yingkou.sgpt.ws.common;

/**
 * The stable error codes the platform's interfaces answer with, each with its Chinese and English text.
 * SGPT-REQ-…: the caller's request was wrong and nothing changed. SGPT-AUTH-…: the caller was not
 * authenticated or not permitted, and nothing changed. SGPT-SYS-…: the platform failed.
 * Codes are part of the published contracts: never renumber or reuse one.
 */
public enum ErrorCode {
    BAD_REQUEST("SGPT-REQ-000", "请求无效", "The request is invalid"),
    MALFORMED_XML("SGPT-REQ-001", "请求报文不是合法的 XML", "The request is not well-formed XML"),
    DTD_FORBIDDEN("SGPT-REQ-002", "请求报文不得包含 DTD 或实体声明", "The request must not contain a DTD or entity declarations"),
    CONTRACT_VIOLATION("SGPT-REQ-003", "请求不符合接口契约（WSDL/XSD）", "The request does not match the service contract (WSDL/XSD)"),
    UNKNOWN_OPERATION("SGPT-REQ-004", "接口中没有该操作", "The service has no such operation"),
    INVALID_VALUE("SGPT-REQ-010", "请求中的值不被接受", "A value in the request was refused"),
    INVALID_STATE("SGPT-REQ-011", "记录当前的状态不允许该操作", "The record's current state does not allow this"),
    IMPORT_REJECTED("SGPT-REQ-012", "导入文件有错误，未导入任何内容", "The file has errors; nothing was imported"),
    MESSAGE_ID_REUSED("SGPT-REQ-013", "消息编号已用于内容不同的提交", "The message id was already used for other content"),
    EVIDENCE_TOO_LARGE("SGPT-REQ-020", "证据文件超过大小上限，未保存", "The evidence file is over the size limit; nothing was kept"),
    EVIDENCE_TYPE_REFUSED("SGPT-REQ-021", "证据文件类型（按内容判断）不被接受，未保存", "The evidence file's type, judged by its content, is not accepted; nothing was kept"),
    EVIDENCE_INFECTED("SGPT-REQ-022", "证据文件未通过病毒扫描，未保存", "The evidence file failed the virus scan; nothing was kept"),
    EVIDENCE_EMPTY("SGPT-REQ-023", "证据文件为空，未保存", "The evidence file is empty; nothing was kept"),
    NOT_FOUND("SGPT-REQ-404", "请求的资源不存在", "No such resource"),
    TOO_LARGE("SGPT-REQ-413", "请求过大或嵌套过深，未执行任何操作", "The request is too large or nested too deeply; nothing was done"),
    METHOD_NOT_ALLOWED("SGPT-REQ-405", "该资源不支持此请求方法", "The resource does not support this method"),
    NOT_ACCEPTABLE("SGPT-REQ-406", "无法以请求的格式应答", "The response cannot be given in the requested format"),
    UNSUPPORTED_MEDIA_TYPE("SGPT-REQ-415", "不支持的请求内容类型", "Unsupported request content type"),
    UNAUTHENTICATED("SGPT-AUTH-401", "身份验证失败，未执行任何操作", "Authentication failed; nothing was done"),
    FORBIDDEN("SGPT-AUTH-403", "无权执行此操作，未执行任何操作", "Not permitted; nothing was done"),
    INTERNAL("SGPT-SYS-500", "服务器内部错误，请凭参考号联系运维人员", "Internal error; quote the reference to the operators"),
    EVIDENCE_UNSCANNED("SGPT-SYS-504", "病毒扫描未能完成，证据文件未保存，请稍后再试", "The virus scan could not finish; the evidence file was not kept, try again later"),
    EVIDENCE_ALTERED("SGPT-SYS-510", "证据文件与收到时的摘要不符，不予提供，请联系运维人员恢复", "The evidence file no longer matches the digest taken when it was received; it is not served, ask the operators to restore it"),
    UNAVAILABLE("SGPT-SYS-503", "服务暂不可用", "The service is temporarily unavailable");

    private final String code;
    private final String messageZh;
    private final String messageEn;

    ErrorCode(String code, String messageZh, String messageEn) {
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    /** One line for a SOAP faultstring or a log: "[SGPT-REQ-001] 请求报文不是合法的 XML / The request is …". */
    public String line() {
        return "[" + code + "] " + messageZh + " / " + messageEn;
    }

    public boolean callersFault() {
        return isCallersFault(code);
    }

    /** Whether a code says the request was wrong (SGPT-REQ-…, SGPT-AUTH-…) rather than the platform. */
    public static boolean isCallersFault(String code) {
        return code != null && (code.startsWith("SGPT-REQ-") || code.startsWith("SGPT-AUTH-"));
    }
}
