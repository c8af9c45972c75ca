package cn.safetymonth.identity;

import org.springframework.stereotype.Service;

import java.util.List;

/** What other modules may know of union staff: whom to reach by WeChat for a union node. */
@Service
public class StaffDirectory {

    private final AdminAccountMapper accounts;

    StaffDirectory(AdminAccountMapper accounts) {
        this.accounts = accounts;
    }

    /** Workers (their own WeChat) bound to the enabled staff accounts of this union node. */
    public List<Long> boundWorkers(long unionId) {
        return accounts.boundWorkersAt(unionId);
    }
}
