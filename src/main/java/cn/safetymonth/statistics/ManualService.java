package cn.safetymonth.statistics;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a union types into the cells the platform cannot measure, for one period. Each entry belongs to one node and
 * is typed by that node's own staff (the platform admin may help); a change is added to the subtree sums of that node
 * and of every node above it in the same transaction.
 */
@Service
class ManualService {

    static final long MAX_VALUE = 100_000_000L;
    static final int MAX_TEXT = 100;
    static final int MAX_HEADER = 50;

    private final ManualValueMapper manual;
    private final TransactionTemplate tx;

    ManualService(ManualValueMapper manual, PlatformTransactionManager txm) {
        this.manual = manual;
        // read committed: no gap locks, so two unions typing their first numbers at once never deadlock
        this.tx = new TransactionTemplate(txm);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    void update(AdminPrincipal admin, Form form, Form.Period period, UnionRef union, StatisticsWeb.ManualReq req) {
        requireOwnNode(admin, union, "填写");
        Map<String, Form.Blank> blanks = form.blanks();
        // sorted, so every writer takes the rows (and the ancestors' sums) in one order
        Map<String, Object> values = req.values() == null ? Map.of() : new TreeMap<>(req.values());
        Map<String, String> header = req.header() == null ? Map.of() : new TreeMap<>(req.header());
        values.forEach((id, v) -> validate(blanks.get(id), id, v));
        header.forEach((field, v) -> validateHeader(form, field, v));
        try {
            tx.executeWithoutResult(s -> {
                values.forEach((id, v) -> write(form, period, union, id, blanks.get(id).textual() ? null : toLong(v),
                        blanks.get(id).textual() ? toText(v) : null));
                header.forEach((field, v) -> write(form, period, union, TableService.HEADER_PREFIX + field, null, toText(v)));
            });
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            throw StatisticsErrorCodes.MANUAL_BUSY.exception(); // another clerk's first entry of the same cell: nothing written
        }
    }

    /**
     * A union's own numbers and its hand-in are its own: its staff act for it, a parent does not (the platform admin may,
     * for support). A parent reads the child's table and sees whether it was handed in.
     */
    static void requireOwnNode(AdminPrincipal admin, UnionRef union, String what) {
        if (!admin.actsFor(union.id())) {
            throw CommonErrorCodes.FORBIDDEN.exception("只能" + what + "本单位的统计表，下级单位的表由其自行" + what);
        }
    }

    private void write(Form form, Form.Period period, UnionRef union, String blankId, Long num, String text) {
        ManualValueEntity row = manual.lock(form.code(), period.key(), union.id(), blankId);
        long before = row == null || row.getNumValue() == null ? 0 : row.getNumValue();
        if (row == null) {
            row = new ManualValueEntity();
            row.setFormCode(form.code());
            row.setPeriodKey(period.key());
            row.setUnionId(union.id());
            row.setUnionPath(union.path());
            row.setBlankId(blankId);
            row.setNumValue(num);
            row.setTextValue(text);
            row.setVersion(0);
            manual.insert(row);
        } else if (!Objects.equals(row.getNumValue(), num) || !Objects.equals(row.getTextValue(), text)) {
            row.setNumValue(num);
            row.setTextValue(text);
            manual.updateById(row);
        }
        long delta = (num == null ? 0 : num) - before;
        if (delta != 0) {
            manual.addToRollup(form.code(), period.key(), UnionDirectory.lineageIds(union.path()), blankId, delta);
        }
    }

    private static void validate(Form.Blank blank, String id, Object v) {
        if (blank == null) {
            throw StatisticsErrorCodes.BLANK_NOT_FOUND.exception("字段 values：统计表中没有空格 " + abbreviate(id));
        }
        if (!blank.manual() && !blank.textual()) { // a text blank the platform fills can be typed over: the union knows best
            throw StatisticsErrorCodes.BLANK_NOT_MANUAL.exception("字段 values." + id + "：该空格由平台按实际数据自动填写，不能手工修改");
        }
        if (v == null) {
            return;
        }
        if (blank.textual()) {
            if (!(v instanceof String s) || s.length() > MAX_TEXT) {
                throw StatisticsErrorCodes.BLANK_VALUE_INVALID.exception("字段 values." + id + "：应为不超过 " + MAX_TEXT + " 字的文字");
            }
            return;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 0 || n.doubleValue() > MAX_VALUE) {
            throw StatisticsErrorCodes.BLANK_VALUE_INVALID.exception("字段 values." + id + "：应为 0 到 " + MAX_VALUE + " 之间的整数（单位：" + blank.unit() + "）");
        }
    }

    private static void validateHeader(Form form, String field, String v) {
        if (!form.header().contains(field) || TableService.autoHeader(field)) {
            throw StatisticsErrorCodes.BLANK_VALUE_INVALID.exception("字段 header：表头没有可填写的“" + abbreviate(field) + "”");
        }
        if (v != null && v.length() > MAX_HEADER) {
            throw StatisticsErrorCodes.BLANK_VALUE_INVALID.exception("字段 header." + field + "：不超过 " + MAX_HEADER + " 字");
        }
    }

    private static Long toLong(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }

    private static String toText(Object v) {
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
