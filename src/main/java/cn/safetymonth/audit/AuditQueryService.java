package cn.safetymonth.audit;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import org.springframework.stereotype.Service;

/** Reading the audit log: platform admins only, by date, union and kind. */
@Service
class AuditQueryService {

    private final AuditMapper entries;

    AuditQueryService(AuditMapper entries) {
        this.entries = entries;
    }

    PageResult<AuditWeb.EntryResp> list(AdminPrincipal admin, AuditWeb.Filter f, PageQuery page) {
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw AuditErrorCodes.RANGE_INVALID.exception();
        }
        return PageResult.of(entries.page(page.toPage(), f.from() == null ? null : f.from().atStartOfDay(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(), f.kind() == null ? null : f.kind().name(), f.unionId()),
                AuditWeb.EntryResp::of);
    }
}
