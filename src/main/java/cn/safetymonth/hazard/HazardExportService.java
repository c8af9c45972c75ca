package cn.safetymonth.hazard;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 整改清单: the verified hazards of the caller's subtree with where, what, how grave, who fixes it by
 * when and how far it is. It leaves the union, so it names no reporter in any column.
 */
@Service
class HazardExportService {

    static final String[] HEADER = {"编号", "隐患地点", "所在单位", "类别", "等级", "责任单位", "责任人", "整改期限", "状态", "是否逾期",
            "整改完成日期", "上报日期"};
    private static final int BATCH = 500;

    private final HazardReportMapper reports;
    private final HazardAdminQueryService queries;
    private final HazardCategories categories;
    private final UnionDirectory unions;

    HazardExportService(HazardReportMapper reports, HazardAdminQueryService queries, HazardCategories categories, UnionDirectory unions) {
        this.reports = reports;
        this.queries = queries;
        this.categories = categories;
        this.unions = unions;
    }

    byte[] rectificationList(AdminPrincipal admin, HazardQueries.Filter f) {
        String path = queries.scopePath(admin, f);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("整改清单");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            int rowNo = 1;
            for (long page = 1; ; page++) {
                Page<HazardReportEntity> rows = reports.page(new Page<HazardReportEntity>(page, BATCH, false), w -> {
                    HazardReportMapper.inScope(w, path);
                    w.in(HazardReportEntity::getState, HazardState.VERIFIED, HazardState.RECTIFYING, HazardState.RECTIFIED, HazardState.CLOSED);
                    HazardAdminQueryService.filter(f).accept(w);
                });
                Map<Long, UnionRef> units = unions.findAll(rows.getRecords().stream().map(HazardReportEntity::getAssigneeUnionId)
                        .filter(Objects::nonNull).distinct().toList());
                for (HazardReportEntity r : rows.getRecords()) {
                    write(sheet.createRow(rowNo++), r, units);
                }
                if (rows.getRecords().size() < BATCH) {
                    break;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Row row, HazardReportEntity r, Map<Long, UnionRef> units) {
        UnionRef unit = r.getAssigneeUnionId() == null ? null : units.get(r.getAssigneeUnionId());
        List<String> cells = List.of(String.valueOf(r.getId()),
                Objects.requireNonNullElse(r.getPlaceName() != null ? r.getPlaceName() : r.getAddress(), ""),
                Objects.requireNonNullElse(r.getUnitName(), ""), categories.label(r.getCategory()),
                r.getHazardLevel() == null ? "" : r.getHazardLevel().label(), unit == null ? "" : unit.name(),
                Objects.requireNonNullElse(r.getAssigneePerson(), ""), r.getDeadline() == null ? "" : r.getDeadline().toString(),
                r.getState().label(), Boolean.TRUE.equals(r.getOverdue()) ? "是" : "否",
                r.getRectifiedAt() == null ? "" : r.getRectifiedAt().toLocalDate().toString(), r.getSubmittedAt().toLocalDate().toString());
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
