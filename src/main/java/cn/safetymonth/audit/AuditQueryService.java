package cn.safetymonth.audit;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.web.PageQuery;
import cn.safetymonth.common.web.PageResult;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Service;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading the audit log: platform admins only, by date, union and kind; on screen a page at a time, or as a file. */
@Service
class AuditQueryService {

    /** The most lines one export holds, newest first (a campaign's worth many times over). */
    static final int EXPORT_MAX = 50_000;
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema COLUMNS = CsvSchema.builder()
            .addColumn("时间").addColumn("类别").addColumn("操作人").addColumn("操作人账号ID").addColumn("操作人工会ID")
            .addColumn("对象类型").addColumn("对象ID").addColumn("说明").addColumn("客户端地址")
            .setUseHeader(true).build();

    private final AuditMapper entries;

    AuditQueryService(AuditMapper entries) {
        this.entries = entries;
    }

    PageResult<AuditWeb.EntryResp> list(AdminPrincipal admin, AuditWeb.Filter f, PageQuery page) {
        return PageResult.of(select(f, page.toPage()), AuditWeb.EntryResp::of);
    }

    /** The filtered lines as CSV (UTF-8 with a byte order mark, so Excel shows the Chinese), newest first. */
    byte[] export(AdminPrincipal admin, AuditWeb.Filter f) {
        List<List<String>> rows = select(f, new Page<>(1, EXPORT_MAX, false)).getRecords().stream()
                .map(AuditWeb.EntryResp::of)
                .map(e -> List.of(e.at().toString(), e.kindLabel(), cell(e.actorUsername()), cell(e.actorAccountId()),
                        cell(e.actorUnionId()), cell(e.subjectType()), cell(e.subjectId()), cell(e.detail()), cell(e.clientAddress())))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(CSV.writer(COLUMNS).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private IPage<AuditEntryEntity> select(AuditWeb.Filter f, Page<AuditEntryEntity> page) {
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw AuditErrorCodes.RANGE_INVALID.exception();
        }
        return entries.page(page, f.from() == null ? null : f.from().atStartOfDay(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(), f.kind() == null ? null : f.kind().name(), f.unionId());
    }

    /** A cell as a spreadsheet must not run it: text starting with = + - @ is kept as text. */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
