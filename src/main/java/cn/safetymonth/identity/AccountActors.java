package cn.safetymonth.identity;

import cn.safetymonth.audit.AuditActor;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Component;

/** A staff account as the audit log names it when nobody is logged in yet (a login, a code sent). */
@Component
class AccountActors {

    private final UnionDirectory unions;

    AccountActors(UnionDirectory unions) {
        this.unions = unions;
    }

    AuditActor actor(AdminAccountEntity a) {
        String path = a.getUnionId() == null ? AdminAuthService.ALL : unions.find(a.getUnionId()).map(UnionRef::path).orElse(null);
        return AuditActor.account(a.getId(), a.getUsername(), a.getUnionId(), path);
    }
}
