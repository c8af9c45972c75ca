package cn.safetymonth.statistics;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Objects;

/**
 * What a union types into the cells the platform cannot measure. Each entry belongs to one node; a change is added to
 * the subtree sums of that node and of every node above it in the same transaction.
 */
@Service
class ManualService {

    static final long MAX_VALUE = 100_000_000L;
    static final int MAX_TEXT = 100;

    private final ManualValueMapper manual;
    private final TransactionTemplate tx;

    ManualService(ManualValueMapper manual, TransactionTemplate tx) {
        this.manual = manual;
        this.tx = tx;
    }

    void update(AdminPrincipal admin, Form form, UnionRef union, StatisticsWeb.ManualReq req) {
        if (admin.role() == AdminRole.REVIEWER) {
            throw CommonErrorCodes.FORBIDDEN.exception("审核员只能查看统计表，填写请联系本单位工会管理员");
        }
        Map<String, Form.Blank> blanks = form.blanks();
        Map<String, Object> values = req.values() == null ? Map.of() : req.values();
        Map<String, String> header = req.header() == null ? Map.of() : req.header();
        values.forEach((id, v) -> validate(blanks.get(id), id, v));
        header.forEach((field, v) -> validateHeader(form, field, v));
        try {
            tx.executeWithoutResult(s -> {
                values.forEach((id, v) -> write(form, union, id, blanks.get(id).textual() ? null : toLong(v),
                        blanks.get(id).textual() ? toText(v) : null));
                header.forEach((field, v) -> write(form, union, TableService.HEADER_PREFIX + field, null, toText(v)));
            });
        } catch (DuplicateKeyException e) {
            throw StatisticsErrorCodes.MANUAL_BUSY.exception(); // two first entries of one cell at once: nothing written
        }
    }

    private void write(Form form, UnionRef union, String blankId, Long num, String text) {
        ManualValueEntity row = manual.lock(form.code(), union.id(), blankId);
        long before = row == null || row.getNumValue() == null ? 0 : row.getNumValue();
        if (row == null) {
            row = new ManualValueEntity();
            row.setFormCode(form.code());
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
            manual.addToRollup(form.code(), UnionDirectory.lineageIds(union.path()), blankId, delta);
        }
    }

    private static void validate(Form.Blank blank, String id, Object v) {
        if (blank == null) {
            throw StatisticsErrorCodes.BLANK_NOT_FOUND.exception("字段 values：统计表中没有空格 " + abbreviate(id));
        }
        if (!blank.manual()) {
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
        if (v != null && v.length() > 50) {
            throw StatisticsErrorCodes.BLANK_VALUE_INVALID.exception("字段 header." + field + "：不超过 50 字");
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
