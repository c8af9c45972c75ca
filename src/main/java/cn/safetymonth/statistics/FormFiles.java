package cn.safetymonth.statistics;

import cn.safetymonth.common.content.ContentFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads form templates (config/statistics/forms/*.yml, format in config/statistics/README.md) and refuses a bad one
 * with the file, the item, the line and the blank named, so whoever edits a form sees exactly where it is wrong.
 * The file's shape is bound by {@link ContentFiles} like every content file; what a record cannot say (dates in order,
 * the blanks' grammar inside a line) is checked here and reported in the same words.
 */
final class FormFiles {

    static final Set<String> UNITS = Set.of("场", "场次", "次", "人", "人次", "部", "篇", "封", "个", "处", "份", "条", "件", Form.TEXT_UNIT);
    private static final Pattern BLANK = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern BLANK_BODY = Pattern.compile("([a-z][a-z0-9_]{0,39}):([^=]+?)(?:=(.+))?");
    private static final Pattern TERM = Pattern.compile("([a-z][a-z.-]*[a-z])(?:\\[([A-Za-z0-9_-]{1,40})])?");
    private static final Pattern EVENT_NAMES = Pattern.compile("event\\.names(?:\\[([A-Z0-9_]{1,40})])?");
    /** A campaign's window: a month usually, a year at most. */
    static final int MAX_WINDOW_DAYS = 366;

    record Read(List<Form> forms, List<String> errors) {
    }

    private FormFiles() {
    }

    static Read readDir(Path dir) throws IOException {
        List<Form> forms = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            errors.add(dir + "：统计表模板目录不存在");
            return new Read(forms, errors);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        Set<String> codes = new HashSet<>();
        for (Path file : files) {
            Form form = read(file.getFileName().toString(), Files.readAllBytes(file), errors);
            if (form != null && !codes.add(form.code())) {
                errors.add(ContentFiles.problem(file.getFileName().toString(), "code", "模板编号 " + form.code() + " 与其他模板重复"));
            } else if (form != null) {
                forms.add(form);
            }
        }
        return new Read(forms, errors);
    }

    /** One template (UTF-8); null (with errors added) when it is not usable. */
    static Form read(String source, byte[] yaml, List<String> errors) {
        FormFile file = ContentFiles.read(source, yaml, FormFile.class, errors);
        if (file == null) {
            return null;
        }
        int before = errors.size();
        LocalDate start = file.window().start();
        LocalDate end = file.window().end();
        if (end.isBefore(start)) {
            errors.add(ContentFiles.problem(source, "window.end", "早于 window.start"));
        } else if (ChronoUnit.DAYS.between(start, end) >= MAX_WINDOW_DAYS) {
            errors.add(ContentFiles.problem(source, "window", "不能超过 " + MAX_WINDOW_DAYS + " 天"));
        }
        List<Form.Period> periods = periods(source, file.periods(), start, end, errors);
        List<Form.Item> items = items(source, file, start, end, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Form(file.code(), file.title().trim(), file.issuer().trim(), trimmed(file.unionCode()), trimmed(file.attachment()),
                start, end, file.header(), file.columns(), periods, items, source);
    }

    private static List<Form.Period> periods(String source, List<FormFile.Period> rows, LocalDate start, LocalDate end, List<String> errors) {
        List<Form.Period> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        LocalDate previous = null; // the last report day before this period: a window starts the day after it
        for (int i = 0; i < rows.size(); i++) {
            Problems at = new Problems(source, "periods[" + (i + 1) + "]", errors);
            FormFile.Period row = rows.get(i);
            if (!keys.add(row.key())) {
                at.field("key").add("key " + row.key() + " 重复");
            }
            if (row.asOf().isBefore(start) || row.asOf().isAfter(end)) {
                at.field("asOf").add("应在 window 的日期之内");
            }
            LocalDate from = row.windowed() && previous != null ? previous.plusDays(1) : start;
            if (row.windowed() && row.asOf().isBefore(from)) {
                at.field("asOf").add("应晚于上一期的 asOf");
            }
            out.add(new Form.Period(row.key(), row.label().trim(), from, row.asOf(), row.due(), row.windowed()));
            previous = row.asOf();
        }
        return out;
    }

    private static List<Form.Item> items(String source, FormFile file, LocalDate start, LocalDate end, List<String> errors) {
        boolean withRequirement = file.columns().size() == 3;
        List<Form.Item> out = new ArrayList<>();
        Set<String> blankIds = new HashSet<>();
        for (int i = 0; i < file.items().size(); i++) {
            FormFile.Item row = file.items().get(i);
            String item = "items[" + (i + 1) + "]";
            String label = row.label().trim();
            if (withRequirement && (row.requirement() == null || row.requirement().isBlank())) {
                new Problems(source, item + ".requirement（" + label + "）", errors).add("三列的表需要 requirement（内容要求）");
            }
            List<Form.Line> lines = new ArrayList<>();
            for (int j = 0; j < row.lines().size(); j++) {
                FormFile.Line entry = row.lines().get(j);
                Problems at = new Problems(source, item + ".lines[" + (j + 1) + "]（" + label + "）", errors);
                lines.add(new Form.Line(line(at, entry.text(), blankIds).segments(), days(at, entry, start, end)));
            }
            out.add(new Form.Item(trimmed(row.group()), label, row.requirement(), lines));
        }
        return out;
    }

    /** The days a dated line counts, inside the form's window; null for a line that counts the whole period. */
    private static Form.Days days(Problems at, FormFile.Line line, LocalDate start, LocalDate end) {
        if (line.day() != null && line.days() != null) {
            at.add("day 和 days 只写一个");
            return null;
        }
        LocalDate from = line.day() != null ? line.day() : line.days() != null ? line.days().start() : null;
        LocalDate to = line.day() != null ? line.day() : line.days() != null ? line.days().end() : null;
        if (from == null) {
            return null;
        }
        if (to.isBefore(from) || from.isBefore(start) || to.isAfter(end)) {
            at.add("日期应在 window 之内，且 end 不早于 start");
            return null;
        }
        return new Form.Days(from, to);
    }

    private static Form.Line line(Problems at, String text, Set<String> blankIds) {
        List<Form.Segment> segments = new ArrayList<>();
        Matcher m = BLANK.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                segments.add(new Form.Segment(text.substring(last, m.start()), null));
            }
            String body = m.group(1).trim();
            String id = body.contains(":") ? body.substring(0, body.indexOf(':')).trim() : body;
            if (!id.isEmpty() && !blankIds.add(id)) {
                at.add("空格编号 " + id + " 重复");
            }
            Form.Blank blank = blank(at, body);
            if (blank != null) {
                segments.add(new Form.Segment(null, blank));
            }
            last = m.end();
        }
        if (last < text.length()) {
            segments.add(new Form.Segment(text.substring(last), null));
        }
        String rest = BLANK.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            at.add("花括号不成对");
        }
        return new Form.Line(segments, null);
    }

    private static Form.Blank blank(Problems line, String body) {
        Matcher m = BLANK_BODY.matcher(body);
        if (!m.matches()) {
            line.add("空格 {" + body + "} 应写成 {编号:单位} 或 {编号:单位=指标}");
            return null;
        }
        String id = m.group(1);
        String unit = m.group(2).trim();
        Problems at = line.blank(id);
        if (unit.isEmpty()) {
            at.add("缺少单位");
            return null;
        }
        if (!UNITS.contains(unit)) {
            at.add("未知的单位 " + unit + "（可用：" + String.join("、", UNITS.stream().sorted().toList()) + "）");
            return null;
        }
        List<Form.Term> terms = new ArrayList<>();
        if (m.group(3) != null && Form.TEXT_UNIT.equals(unit)) {
            // a text blank the platform can fill: the names of the union's offline events (of a type)
            Matcher names = EVENT_NAMES.matcher(m.group(3).trim());
            if (!names.matches()) {
                at.add("文字空格只能绑定 event.names（活动名称），如 event.names[OTHER]");
                return null;
            }
            return new Form.Blank(id, unit, List.of(), names.group(1) == null ? "*" : names.group(1));
        }
        if (m.group(3) != null) {
            for (String raw : m.group(3).split("\\+")) {
                Form.Term term = term(at, raw.trim(), unit);
                if (term != null) {
                    terms.add(term);
                }
            }
            if (terms.isEmpty()) {
                return null;
            }
        }
        return new Form.Blank(id, unit, List.copyOf(terms), null);
    }

    private static Form.Term term(Problems at, String raw, String unit) {
        Matcher m = TERM.matcher(raw);
        if (!m.matches()) {
            at.add("指标 " + raw + " 写法有误");
            return null;
        }
        Metric metric = Metric.of(m.group(1)).orElse(null);
        if (metric == null) {
            at.add("未知的指标 " + m.group(1));
            return null;
        }
        if (!metric.units().contains(unit)) {
            at.add("指标 " + metric.code() + " 的单位应为 " + String.join("/", metric.units()) + "，不是 " + unit);
            return null;
        }
        if (metric.people() && m.group(2) != null) {
            at.add("人数指标 " + metric.code() + " 不能再按类别细分");
            return null;
        }
        return new Form.Term(metric, m.group(2));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Where a problem is, as "file：字段 path：reason"; a blank's problems name the blank after the line. */
    private record Problems(String source, String path, List<String> errors) {

        Problems field(String name) {
            return new Problems(source, path + "." + name, errors);
        }

        Problems blank(String id) {
            return new Problems(source, path + " 空格 " + id, errors);
        }

        void add(String reason) {
            errors.add(ContentFiles.problem(source, path, reason));
        }
    }
}
