package cn.gov.yingkou.sgpt.shared;

/** The calling system's id for one message, which makes sending it again harmless: 1 to 64 of A–Z a–z 0–9 . _ : - */
public final class MessageIds {

    private MessageIds() {
    }

    public static String checked(String messageId) {
        String id = messageId == null ? "" : messageId.strip();
        if (!id.matches("[A-Za-z0-9._:\\-]{1,64}")) {
            throw new IllegalArgumentException("消息标识须为1至64位字母、数字或 . _ : - / The message id must be 1 to 64 letters, "
                    + "digits or . _ : -: " + messageId);
        }
        return id;
    }
}
