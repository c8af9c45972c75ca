package cn.safetymonth.identity;

import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.org.MembershipService;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import cn.safetymonth.wechat.WeChatGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/** Workers: WeChat login, their own profile. */
@Service
class WorkerService {

    private final WeChatGateway wechat;
    private final WorkerMapper workers;
    private final TokenStore tokens;
    private final IdentityProperties props;
    private final MembershipService memberships;
    private final UnionDirectory directory;
    private final ConsentService consents;
    private final Clock clock;

    WorkerService(WeChatGateway wechat, WorkerMapper workers, TokenStore tokens, IdentityProperties props,
                  MembershipService memberships, UnionDirectory directory, ConsentService consents, Clock clock) {
        this.consents = consents;
        this.wechat = wechat;
        this.workers = workers;
        this.tokens = tokens;
        this.props = props;
        this.memberships = memberships;
        this.directory = directory;
        this.clock = clock;
    }

    /** wx.login code → WeChat's openid → our worker (created on first login) → our own token. */
    IdentityWeb.LoginResp login(String code) {
        WeChatGateway.WeChatIdentity who = wechat.login(code);
        WorkerEntity worker = findOrCreate(who);
        WorkerEntity touch = new WorkerEntity();
        touch.setId(worker.getId());
        touch.setLastLoginAt(LocalDateTime.now(clock));
        workers.updateById(touch);
        String token = tokens.issueWorkerToken(worker.getId());
        return new IdentityWeb.LoginResp(token, props.workerTokenTtl().toSeconds(), false, consents.status(worker.getId()));
    }

    void logout(String token) {
        tokens.revokeWorkerToken(token);
    }

    IdentityWeb.WorkerProfileResp profile(long workerId) {
        WorkerEntity w = require(workerId);
        IdentityWeb.UnionBrief union = memberships.current(workerId)
                .map(m -> new IdentityWeb.UnionBrief(m.union().id(), m.union().name(),
                        directory.lineage(m.union()).stream().map(UnionRef::name).toList(), m.joinedAt()))
                .orElse(null);
        return new IdentityWeb.WorkerProfileResp(w.getId(), w.getRealName(), Masking.phone(w.getPhone()), union == null, union,
                consents.status(workerId));
    }

    IdentityWeb.WorkerProfileResp updateProfile(long workerId, String realName) {
        require(workerId);
        WorkerEntity change = new WorkerEntity(); // only this column: a phone bound at the same moment stays
        change.setId(workerId);
        change.setRealName(realName.trim());
        workers.updateById(change);
        return profile(workerId);
    }

    IdentityWeb.WorkerProfileResp bindPhone(long workerId, String code) {
        String phone = wechat.phoneNumber(code);
        require(workerId);
        WorkerEntity change = new WorkerEntity();
        change.setId(workerId);
        change.setPhone(phone);
        workers.updateById(change);
        return profile(workerId);
    }

    private WorkerEntity findOrCreate(WeChatGateway.WeChatIdentity who) {
        WorkerEntity existing = workers.findByOpenid(who.openid());
        if (existing != null) {
            return existing;
        }
        WorkerEntity fresh = new WorkerEntity();
        fresh.setOpenid(who.openid());
        fresh.setUnionid(who.unionid());
        // two first logins at once (double tap, two devices): the unique openid decides, both get the winner
        return DuplicateKeys.insertOr(() -> {
            workers.insert(fresh);
            return fresh;
        }, () -> workers.findByOpenid(who.openid()));
    }

    private WorkerEntity require(long workerId) {
        WorkerEntity w = workers.selectById(workerId);
        if (w == null) {
            throw IdentityErrorCodes.WORKER_NOT_FOUND.exception();
        }
        return w;
    }
}
