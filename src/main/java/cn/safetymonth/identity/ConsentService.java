package cn.safetymonth.identity;

import cn.safetymonth.common.persistence.DuplicateKeys;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** A worker's consent to the privacy notice in force: asked at login, recorded once per version, checked before writes. */
@Service
class ConsentService {

    private final PrivacyNotices notices;
    private final WorkerConsentMapper consents;
    private final Clock clock;

    ConsentService(PrivacyNotices notices, WorkerConsentMapper consents, Clock clock) {
        this.notices = notices;
        this.consents = consents;
        this.clock = clock;
    }

    boolean hasAcceptedCurrent(long workerId) {
        return consents.find(workerId, notices.current().version()) != null;
    }

    IdentityWeb.PrivacyNoticeResp notice(long workerId) {
        PrivacyNotices.Notice n = notices.current();
        return new IdentityWeb.PrivacyNoticeResp(n.version(), n.title(), n.effectiveDate(), n.markdown(), status(workerId));
    }

    IdentityWeb.ConsentStatus status(long workerId) {
        String version = notices.current().version();
        List<IdentityWeb.ConsentRecord> history = consents.history(workerId).stream()
                .map(c -> new IdentityWeb.ConsentRecord(c.getNoticeVersion(), c.getAcceptedAt())).toList();
        LocalDateTime acceptedAt = history.stream().filter(c -> c.version().equals(version))
                .map(IdentityWeb.ConsentRecord::acceptedAt).findFirst().orElse(null);
        return new IdentityWeb.ConsentStatus(version, acceptedAt != null, acceptedAt, history);
    }

    /**
     * The worker accepts the version they were shown. An older one is refused: they must read what is in force now.
     * Accepting twice (a double tap, two devices) keeps the first row and its time.
     */
    IdentityWeb.ConsentStatus accept(long workerId, String version) {
        if (!notices.current().version().equals(version)) {
            throw IdentityErrorCodes.PRIVACY_NOTICE_OUTDATED.exception();
        }
        if (consents.find(workerId, version) == null) {
            WorkerConsentEntity row = new WorkerConsentEntity();
            row.setWorkerId(workerId);
            row.setNoticeVersion(version);
            row.setAcceptedAt(LocalDateTime.now(clock));
            DuplicateKeys.insertOr(() -> {
                consents.insert(row);
                return row;
            }, () -> consents.find(workerId, version));
        }
        return status(workerId);
    }
}
