package cn.safetymonth.pledge.work;

import cn.safetymonth.common.persistence.AfterCommit;
import cn.safetymonth.pledge.PledgeProperties;
import cn.safetymonth.storage.ObjectStorage;
import cn.safetymonth.wechat.ContentVerdict;
import cn.safetymonth.wechat.MediaCheckVerdict;
import cn.safetymonth.wechat.WeChatContentSecurity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;


/**
 * Images of works go to WeChat's asynchronous check; the verdict is pushed back later, sometimes before the
 * trace id is even stored: the wechat module keeps every verdict, and after storing a trace id the submitter asks
 * for one that already arrived ({@link WeChatContentSecurity#verdictArrived}). Whichever side comes second applies it.
 */
@Component
class WorkImageChecks {

    static final int SCENE_FORUM = 3;

    private final WeChatContentSecurity security;
    private final WorkMapper works;
    private final ObjectStorage storage;
    private final PledgeProperties props;

    WorkImageChecks(WeChatContentSecurity security, WorkMapper works, ObjectStorage storage, PledgeProperties props) {
        this.security = security;
        this.works = works;
        this.storage = storage;
        this.props = props;
    }

    /** Sends the work's image to WeChat; without a trace id (WeChat unreachable) the image stays for reviewers to judge. */
    void submit(long workId, String openid, String imageKey) {
        // once the work is committed: a verdict pushed before that would find no work with its trace id, and asking
        // for it would come too early
        AfterCommit.run(() -> {
            String traceId = security.submitImageCheck(openid, SCENE_FORUM, storage.signedUrl(imageKey, props.checkUrlTtl()));
            if (traceId == null) {
                return;
            }
            works.traceImage(workId, traceId);
            security.verdictArrived(traceId).ifPresent(v -> apply(traceId, v));
        });
    }

    @EventListener
    void on(MediaCheckVerdict verdict) {
        apply(verdict.traceId(), verdict.verdict()); // no work with this trace id yet: submit finds it kept
    }

    private void apply(String traceId, ContentVerdict verdict) {
        works.judgeImage(traceId, verdict.name(), verdict == ContentVerdict.RISKY);
    }
}
