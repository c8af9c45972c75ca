package cn.safetymonth.common.persistence;

import cn.safetymonth.common.auth.Principals;
import com.baomidou.mybatisplus.core.handlers.MetaObjectHandler;
import org.apache.ibatis.reflection.MetaObject;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/** Fills the audit columns: times in the campaign's zone (the clock's), actor from the current request. */
@Component
class AuditFieldHandler implements MetaObjectHandler {

    private static final String SYSTEM = "system";
    private final Clock clock;

    AuditFieldHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void insertFill(MetaObject meta) {
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = actor();
        strictInsertFill(meta, "createdAt", LocalDateTime.class, now);
        strictInsertFill(meta, "updatedAt", LocalDateTime.class, now);
        strictInsertFill(meta, "createdBy", String.class, actor);
        strictInsertFill(meta, "updatedBy", String.class, actor);
    }

    @Override
    public void updateFill(MetaObject meta) {
        // set, not strictUpdateFill: a row loaded then updated already carries the old values
        setFieldValByName("updatedAt", LocalDateTime.now(clock), meta);
        setFieldValByName("updatedBy", actor(), meta);
    }

    private static String actor() {
        String actor = Principals.currentActor();
        return actor == null ? SYSTEM : actor;
    }
}
