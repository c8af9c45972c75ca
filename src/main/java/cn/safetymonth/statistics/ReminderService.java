package cn.safetymonth.statistics;

import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.identity.StaffDirectory;
import cn.safetymonth.notice.Notifier;
import cn.safetymonth.notice.StaffNotice;
import cn.safetymonth.notice.SubscribeMessage;
import cn.safetymonth.notice.WorkerNotice;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminds every union that has not handed a period in: three days before, the day before, and on the day itself
 * (the weekly report day of a weekly form), in-app always and, the last two, by WeChat to staff who bound it. A reminder is sent once; a run that missed days sends only the latest
 * one due, not a backlog.
 */
@Service
class ReminderService {

    /** Reminder kinds, earliest first, by calendar days before the deadline's day (Asia/Shanghai). */
    enum Kind {
        D3(3), D1(1), DUE(0);

        final int daysBefore;

        Kind(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        /** Only the last two go to WeChat too: a clerk's one-time grant is best spent on the message that matters. */
        boolean byWeChat() {
            return this != D3;
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final FormRegistry forms;
    private final UnionDirectory directory;
    private final ReminderMapper reminders;
    private final Notifier notifier;
    private final StaffDirectory staff;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReminderService(FormRegistry forms, UnionDirectory directory, ReminderMapper reminders, Notifier notifier, StaffDirectory staff,
                    TransactionTemplate tx, Clock clock) {
        this.forms = forms;
        this.directory = directory;
        this.reminders = reminders;
        this.notifier = notifier;
        this.staff = staff;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many unions were reminded. Idempotent. */
    int remind() {
        return remind(LocalDateTime.now(clock));
    }

    int remind(LocalDateTime now) {
        List<UnionRef> unions = directory.all();
        int sent = 0;
        for (Form form : forms.all()) {
            for (Form.Period period : form.periods()) {
                Kind kind = dueKind(period, now);
                if (kind == null) {
                    continue;
                }
                Set<Long> done = new HashSet<>(reminders.submitted(form.code(), period.key()));
                Map<Long, Integer> latestSent = reminders.sent(form.code(), period.key()).stream()
                        .collect(Collectors.toMap(ReminderMapper.Sent::getUnionId, r -> Kind.valueOf(r.getKind()).ordinal(), Math::max));
                for (UnionRef union : unions) {
                    if (done.contains(union.id()) || latestSent.getOrDefault(union.id(), -1) >= kind.ordinal()) {
                        continue;
                    }
                    if (forms.appliesTo(form, union) && remindOnce(form, period, union, kind, now)) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    /** The latest reminder whose time has come for a period not yet due, or null. */
    static Kind dueKind(Form.Period period, LocalDateTime now) {
        if (now.isAfter(period.due())) {
            return null;
        }
        Kind latest = null;
        for (Kind k : Kind.values()) {
            if (!now.toLocalDate().isBefore(period.due().toLocalDate().minusDays(k.daysBefore))) {
                latest = k;
            }
        }
        return latest;
    }

    private boolean remindOnce(Form form, Form.Period period, UnionRef union, Kind kind, LocalDateTime now) {
        Boolean done = tx.execute(s -> DuplicateKeys.insertOr(() -> {
            reminders.add(form.code(), period.key(), union.id(), kind.name(), now);
            String title = (kind == Kind.DUE ? "今天报送：" : "即将截止：") + form.title() + "（" + period.label() + "）";
            String body = "《" + form.title() + "》（" + period.label() + "）请于 " + period.due().format(WHEN)
                    + " 前报送，平台数字已自动填入，请补充手工项后确认报送。";
            notifier.toUnionStaff(union.id(), new StaffNotice("statistics.reminder", title, body, "statistics-form", null));
            // staff who bound their own WeChat also get it on the phone, where they will see it
            for (long worker : kind.byWeChat() ? staff.boundWorkers(union.id()) : List.<Long>of()) {
                notifier.toWorker(worker, new WorkerNotice("statistics.reminder", title, body, "statistics-form", null,
                        new SubscribeMessage("statistics-reminder", "pages/index/index",
                                Map.of("thing1", form.title(), "time2", period.due().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))))));
            }
            return true;
        }, () -> false));
        return Boolean.TRUE.equals(done);
    }
}
