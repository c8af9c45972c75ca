package cn.safetymonth.notice;

import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading one's own inbox, and the worker's subscribe grants. */
@Service
class NoticeService {

    private final MessageMapper messages;
    private final GrantMapper grants;
    private final NoticeProperties props;
    private final Clock clock;

    NoticeService(MessageMapper messages, GrantMapper grants, NoticeProperties props, Clock clock) {
        this.messages = messages;
        this.grants = grants;
        this.props = props;
        this.clock = clock;
    }

    PageResult<NoticeWeb.MessageResp> inbox(String audience, long recipient, boolean unreadOnly, PageQuery page) {
        return PageResult.of(messages.inbox(page.toPage(), audience, recipient, unreadOnly), NoticeWeb.MessageResp::of);
    }

    void markRead(String audience, long recipient, long messageId) {
        if (messages.markRead(messageId, audience, recipient, LocalDateTime.now(clock)) == 0) {
            throw NoticeErrorCodes.MESSAGE_NOT_FOUND.exception();
        }
    }

    List<NoticeWeb.TemplateResp> templates(long workerId) {
        Map<String, Integer> remaining = grants.ofWorker(workerId).stream()
                .collect(Collectors.toMap(GrantEntity::getTemplateKey, GrantEntity::getRemaining));
        return props.templates().keySet().stream().sorted()
                .filter(key -> props.templateId(key) != null)
                .map(key -> new NoticeWeb.TemplateResp(key, props.templateId(key), remaining.getOrDefault(key, 0)))
                .toList();
    }

    /** One more message allowed per template the worker accepted; a double report of one tap can count twice, as WeChat does. */
    List<NoticeWeb.TemplateResp> recordGrants(long workerId, List<String> templateIds) {
        Map<String, String> keyById = props.templates().keySet().stream().filter(k -> props.templateId(k) != null)
                .collect(Collectors.toMap(props::templateId, Function.identity(), (a, b) -> a));
        List<String> keys = templateIds.stream().map(id -> {
            String key = keyById.get(id.trim());
            if (key == null) {
                throw NoticeErrorCodes.TEMPLATE_UNKNOWN.exception();
            }
            return key;
        }).toList();
        for (String key : keys) {
            LocalDateTime now = LocalDateTime.now(clock);
            DuplicateKeys.insertOr(() -> {
                GrantEntity row = new GrantEntity();
                row.setWorkerId(workerId);
                row.setTemplateKey(key);
                row.setRemaining(1);
                row.setVersion(0);
                return grants.insert(row);
            }, () -> grants.add(workerId, key, props.maxGrants(), now));
        }
        return templates(workerId);
    }
}
