package cn.safetymonth.notice;

import cn.safetymonth.identity.WorkerDirectory;
import cn.safetymonth.wechat.SubscribeOutcome;
import cn.safetymonth.wechat.WeChatSubscribeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Spends one of the worker's grants on one subscribe message. The grant is taken before the call (a conditional
 * update, so two messages never share one), given back when WeChat kept it, and cleared when WeChat says the
 * worker holds none (43101).
 */
@Component
class SubscribeSender {

    private static final Logger log = LoggerFactory.getLogger(SubscribeSender.class);

    private final GrantMapper grants;
    private final SubscribeLogMapper logs;
    private final WorkerDirectory workers;
    private final WeChatSubscribeMessages wechat;
    private final NoticeProperties props;
    private final TaskExecutor executor;
    private final Clock clock;

    SubscribeSender(GrantMapper grants, SubscribeLogMapper logs, WorkerDirectory workers, WeChatSubscribeMessages wechat,
                    NoticeProperties props, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.grants = grants;
        this.logs = logs;
        this.workers = workers;
        this.wechat = wechat;
        this.props = props;
        this.executor = executor;
        this.clock = clock;
    }

    void send(long messageId, long workerId, SubscribeMessage message) {
        executor.execute(() -> {
            try {
                record(messageId, workerId, message.templateKey(), deliver(workerId, message));
            } catch (RuntimeException e) {
                log.warn("subscribe message {} not delivered: {}", message.templateKey(), e.getClass().getSimpleName());
            }
        });
    }

    private SubscribeOutcome deliver(long workerId, SubscribeMessage message) {
        String templateId = props.templateId(message.templateKey());
        Optional<String> openid = workers.openid(workerId);
        if (templateId == null || openid.isEmpty() || grants.take(workerId, message.templateKey(), now()) == 0) {
            return SubscribeOutcome.NO_GRANT;
        }
        SubscribeOutcome outcome;
        try {
            outcome = wechat.send(openid.get(), templateId, message.page(), message.data());
        } catch (RuntimeException e) {
            grants.add(workerId, message.templateKey(), props.maxGrants(), now()); // nothing was sent: the grant is still theirs
            throw e;
        }
        switch (outcome) {
            case NO_GRANT -> grants.clear(workerId, message.templateKey(), now());
            case REJECTED, FAILED -> grants.add(workerId, message.templateKey(), props.maxGrants(), now());
            case SENT -> { }
        }
        return outcome;
    }

    private void record(long messageId, long workerId, String templateKey, SubscribeOutcome outcome) {
        SubscribeLogEntity row = new SubscribeLogEntity();
        row.setMessageId(messageId);
        row.setWorkerId(workerId);
        row.setTemplateKey(templateKey);
        row.setOutcome(outcome.name());
        logs.insert(row);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
