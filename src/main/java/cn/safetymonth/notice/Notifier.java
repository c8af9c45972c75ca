package cn.safetymonth.notice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people what happened. The in-app message is written in the caller's transaction (it exists exactly when the
 * change it reports does); the WeChat subscribe message goes out after commit, on another thread, and whatever WeChat
 * answers never fails the caller's workflow.
 */
@Service
public class Notifier {

    private final MessageMapper messages;
    private final SubscribeSender sender;

    Notifier(MessageMapper messages, SubscribeSender sender) {
        this.messages = messages;
        this.sender = sender;
    }

    public void toWorker(long workerId, WorkerNotice notice) {
        MessageEntity row = row(MessageEntity.WORKER, workerId, notice.kind(), notice.title(), notice.body(), notice.refType(), notice.refId());
        messages.insert(row);
        if (notice.subscribe() != null) {
            afterCommit(() -> sender.send(row.getId(), workerId, notice.subscribe()));
        }
    }

    public void toUnionStaff(long unionId, StaffNotice notice) {
        messages.insert(row(MessageEntity.STAFF, unionId, notice.kind(), notice.title(), notice.body(), notice.refType(), notice.refId()));
    }

    private static MessageEntity row(String audience, long recipient, String kind, String title, String body,
                                     String refType, Long refId) {
        MessageEntity row = new MessageEntity();
        row.setAudience(audience);
        row.setRecipientId(recipient);
        row.setKind(kind);
        row.setTitle(cut(title, 100));
        row.setBody(cut(body == null ? "" : body, 500));
        row.setRefType(refType);
        row.setRefId(refId);
        return row;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
