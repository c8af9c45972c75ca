package cn.safetymonth.notice;

import cn.safetymonth.identity.StaffAccountMessage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Delivers what identity must tell a staff account's holder: to their own WeChat's inbox, and where asked, their node's. */
@Component
class StaffAccountMessages {

    static final String REF = "admin-account";

    private final Notifier notifier;

    StaffAccountMessages(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(StaffAccountMessage m) {
        if (m.workerId() != null) {
            SubscribeMessage subscribe = m.templateKey() == null ? null : new SubscribeMessage(m.templateKey(), m.page(), m.subscribeData());
            notifier.toWorker(m.workerId(), new WorkerNotice(m.kind(), m.title(), m.body(), REF, m.accountId(), subscribe));
        }
        if (m.unionInbox() != null) {
            notifier.toUnionStaff(m.unionInbox(), new StaffNotice(m.kind(), m.title(), m.body(), REF, m.accountId()));
        }
    }
}
