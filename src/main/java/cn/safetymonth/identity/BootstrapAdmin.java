package cn.safetymonth.identity;

import cn.safetymonth.common.BizException;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.common.persistence.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A fresh install needs one platform admin to create everyone else. It is created from the
 * environment (never a committed password) and must change its password at first login.
 */
@Component
@Order(20)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AdminAccountMapper accounts;
    private final Passwords passwords;
    private final IdentityProperties props;

    BootstrapAdmin(AdminAccountMapper accounts, Passwords passwords, IdentityProperties props) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // a lock wait lost to another instance creating it at the same moment: the second run finds its admin
        StartupTasks.runAgainOnConflict("bootstrap admin", this::create);
    }

    private void create() {
        if (accounts.anyWithRole(AdminRole.PLATFORM_ADMIN)) {
            return;
        }
        String password = props.bootstrapAdminPassword();
        if (password == null || password.isBlank()) {
            log.warn("no platform admin exists and SAFETY_BOOTSTRAP_ADMIN_PASSWORD is not set: nobody can log in to the console");
            return;
        }
        String username;
        try {
            username = Usernames.normalise(props.bootstrapAdminUsername());
        } catch (BizException e) {
            throw new IllegalStateException("SAFETY_BOOTSTRAP_ADMIN_USERNAME must be a letter and 3–31 lower-case letters, digits or underscores");
        }
        AdminAccountEntity admin = new AdminAccountEntity();
        admin.setUsername(username);
        admin.setDisplayName("平台管理员");
        admin.setRole(AdminRole.PLATFORM_ADMIN);
        admin.setPasswordHash(passwords.hash(password));
        admin.setMustChangePassword(true);
        admin.setEnabled(true);
        try {
            accounts.insert(admin);
            log.info("platform admin '{}' created; its password must be changed at first login", admin.getUsername());
        } catch (DuplicateKeyException e) {
            // another instance created it at the same moment
        }
    }
}
