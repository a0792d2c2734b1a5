package cn.gov.yingkou.sgpt.shared;

/**
 * A message id sent again with content other than the first time's: a client's bug, refused so that it is seen, and
 * nothing is changed. (A repeat with the same content is answered with what the first one created.)
 */
public class MessageIdReused extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MessageIdReused(String messageId) {
        super("消息编号 " + messageId + " 已用于内容不同的提交，未执行任何操作 / The message id " + messageId
                + " was already used for a submission with other content; nothing was done");
    }
}
