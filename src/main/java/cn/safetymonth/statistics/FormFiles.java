package cn.safetymonth.statistics;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads form templates (config/statistics/forms/*.yml, format in config/statistics/README.md) and refuses a bad one
 * with the file, the item, the line and the blank named, so whoever edits a form sees exactly where it is wrong.
 */
final class FormFiles {

    static final Set<String> UNITS = Set.of("场", "场次", "次", "人", "人次", "部", "篇", "封", "个", "处", "份", "条", "件", Form.TEXT_UNIT);
    private static final Pattern BLANK = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern BLANK_BODY = Pattern.compile("([a-z][a-z0-9_]{0,39}):([^=]+?)(?:=(.+))?");
    private static final Pattern TERM = Pattern.compile("([a-z][a-z.-]*[a-z])(?:\\[([A-Za-z0-9_-]{1,40})])?");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern PERIOD_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
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
            try (InputStream in = Files.newInputStream(file)) {
                Form form = read(file.getFileName().toString(), in, errors);
                if (form != null && !codes.add(form.code())) {
                    errors.add(file.getFileName() + "：模板编号 " + form.code() + " 与其他模板重复");
                } else if (form != null) {
                    forms.add(form);
                }
            }
        }
        return new Read(forms, errors);
    }

    /** One template; null (with errors added) when it is not usable. */
    static Form read(String source, InputStream in, List<String> errors) {
        int before = errors.size();
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            errors.add(source + "：不是合法的 YAML");
            return null;
        }
        if (!(root instanceof Map<?, ?> map)) {
            errors.add(source + "：内容应为一个模板定义");
            return null;
        }
        Fields f = new Fields(source, map, errors);
        String code = f.string("code");
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(source + "：字段 code 只能由小写字母、数字和连字符组成");
        }
        Map<?, ?> window = f.map("window");
        LocalDate start = window == null ? null : f.date(window, "window.start", "start");
        LocalDate end = window == null ? null : f.date(window, "window.end", "end");
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(source + "：字段 window.end 早于 window.start");
        } else if (start != null && end != null && ChronoUnit.DAYS.between(start, end) >= MAX_WINDOW_DAYS) {
            errors.add(source + "：字段 window 不能超过 " + MAX_WINDOW_DAYS + " 天");
        }
        List<String> header = f.strings("header");
        if (header != null && header.stream().anyMatch(h -> h.length() > 30)) {
            errors.add(source + "：字段 header 的每一项不超过 30 字");
        }
        List<String> columns = f.strings("columns");
        if (columns != null && columns.size() != 2 && columns.size() != 3) {
            errors.add(source + "：字段 columns 应为两列（活动项目、进展情况）或三列（含内容要求）");
        }
        List<Form.Period> periods = periods(f, start, end);
        List<Form.Item> items = items(f, columns != null && columns.size() == 3, start, end);
        if (errors.size() > before) {
            return null;
        }
        return new Form(code, f.string("title"), f.string("issuer"), f.optional("unionCode"), f.optional("attachment"), start, end,
                header, columns, periods, items, source);
    }

    private static List<Form.Period> periods(Fields f, LocalDate start, LocalDate end) {
        List<Form.Period> out = new ArrayList<>();
        List<Map<?, ?>> rows = f.maps("periods");
        Set<String> keys = new HashSet<>();
        LocalDate previous = null; // the last report day before this period: a window starts the day after it
        for (int i = 0; rows != null && i < rows.size(); i++) {
            String where = "periods 第 " + (i + 1) + " 项";
            Map<?, ?> row = rows.get(i);
            String key = f.string(row, where + " 的 key", "key");
            LocalDate asOf = f.date(row, where + " 的 asOf", "asOf");
            LocalDateTime due = f.dateTime(row, where + " 的 due", "due");
            if (key != null && !PERIOD_KEY.matcher(key).matches()) {
                f.error(where + " 的 key：只能用小写字母、数字、- 和 _，不超过 40 个字符");
            } else if (key != null && !keys.add(key)) {
                f.error(where + "：key " + key + " 重复");
            }
            if (asOf != null && start != null && end != null && (asOf.isBefore(start) || asOf.isAfter(end))) {
                f.error(where + "：asOf 应在 window 的日期之内");
            }
            Object windowed = row.get("window");
            if (windowed != null && !(windowed instanceof Boolean)) {
                f.error(where + " 的 window：应为 true（只统计本期，从上一期的报送日次日起）或 false（累计，截至 asOf）");
            }
            boolean window = Boolean.TRUE.equals(windowed);
            LocalDate from = window && previous != null ? previous.plusDays(1) : start;
            if (window && asOf != null && from != null && asOf.isBefore(from)) {
                f.error(where + "：asOf 应晚于上一期的 asOf");
            }
            out.add(new Form.Period(key, f.string(row, where + " 的 label", "label"), from, asOf, due, window));
            if (asOf != null) {
                previous = asOf;
            }
        }
        if (rows != null && rows.isEmpty()) {
            f.error("字段 periods 至少要有一项");
        }
        return out;
    }

    private static List<Form.Item> items(Fields f, boolean withRequirement, LocalDate start, LocalDate end) {
        List<Form.Item> out = new ArrayList<>();
        List<Map<?, ?>> rows = f.maps("items");
        Set<String> blankIds = new HashSet<>();
        for (int i = 0; rows != null && i < rows.size(); i++) {
            String where = "第 " + (i + 1) + " 项";
            Map<?, ?> row = rows.get(i);
            String label = f.string(row, where + " 的 label", "label");
            String requirement = row.get("requirement") == null ? null : String.valueOf(row.get("requirement"));
            if (withRequirement && requirement == null) {
                f.error(where + "（" + label + "）：三列的表需要 requirement（内容要求）");
            }
            Object lines = row.get("lines");
            if (!(lines instanceof List<?> list) || list.isEmpty()) {
                f.error(where + "（" + label + "）：字段 lines 应为至少一行文字");
                continue;
            }
            List<Form.Line> parsed = new ArrayList<>();
            for (int j = 0; j < list.size(); j++) {
                String at = where + "（" + label + "）第 " + (j + 1) + " 行";
                Object entry = list.get(j);
                if (entry instanceof Map<?, ?> dated) {
                    // {text: "…", days: {start: …, end: …}}, or {text: "…", day: …}: what the line counts, on its own days
                    Form.Days days = days(f, at, dated, start, end);
                    Form.Line line = line(f, at, f.string(dated, at + " 的 text", "text"), blankIds);
                    parsed.add(new Form.Line(line.segments(), days));
                } else {
                    parsed.add(line(f, at, String.valueOf(entry), blankIds));
                }
            }
            out.add(new Form.Item(row.get("group") == null ? null : String.valueOf(row.get("group")), label, requirement, parsed));
        }
        return out;
    }

    private static Form.Days days(Fields f, String at, Map<?, ?> entry, LocalDate start, LocalDate end) {
        LocalDate from;
        LocalDate to;
        if (entry.get("day") != null) {
            from = f.date(entry, at + " 的 day", "day");
            to = from;
        } else if (entry.get("days") instanceof Map<?, ?> d) {
            from = f.date(d, at + " 的 days.start", "start");
            to = f.date(d, at + " 的 days.end", "end");
        } else {
            f.error(at + "：写成 {text: …, day: 日期} 或 {text: …, days: {start: …, end: …}}");
            return null;
        }
        if (from == null || to == null) {
            return null;
        }
        if (to.isBefore(from) || start != null && end != null && (from.isBefore(start) || to.isAfter(end))) {
            f.error(at + "：日期应在 window 之内，且 end 不早于 start");
            return null;
        }
        return new Form.Days(from, to);
    }

    private static Form.Line line(Fields f, String where, String text, Set<String> blankIds) {
        List<Form.Segment> segments = new ArrayList<>();
        if (text == null) {
            return new Form.Line(segments, null);
        }
        Matcher m = BLANK.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                segments.add(new Form.Segment(text.substring(last, m.start()), null));
            }
            String body = m.group(1).trim();
            String id = body.contains(":") ? body.substring(0, body.indexOf(':')).trim() : body;
            if (!id.isEmpty() && !blankIds.add(id)) {
                f.error(where + "：空格编号 " + id + " 重复");
            }
            Form.Blank blank = blank(f, where, body);
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
            f.error(where + "：花括号不成对");
        }
        return new Form.Line(segments, null);
    }

    private static Form.Blank blank(Fields f, String where, String body) {
        Matcher m = BLANK_BODY.matcher(body);
        if (!m.matches()) {
            f.error(where + "：空格 {" + body + "} 应写成 {编号:单位} 或 {编号:单位=指标}");
            return null;
        }
        String id = m.group(1);
        String unit = m.group(2).trim();
        String at = where + " 空格 " + id;
        if (unit.isEmpty()) {
            f.error(at + "：缺少单位");
            return null;
        }
        if (!UNITS.contains(unit)) {
            f.error(at + "：未知的单位 " + unit + "（可用：" + String.join("、", UNITS.stream().sorted().toList()) + "）");
            return null;
        }
        List<Form.Term> terms = new ArrayList<>();
        if (m.group(3) != null && Form.TEXT_UNIT.equals(unit)) {
            // a text blank the platform can fill: the names of the union's offline events (of a type)
            Matcher names = EVENT_NAMES.matcher(m.group(3).trim());
            if (!names.matches()) {
                f.error(at + "：文字空格只能绑定 event.names（活动名称），如 event.names[OTHER]");
                return null;
            }
            return new Form.Blank(id, unit, List.of(), names.group(1) == null ? "*" : names.group(1));
        }
        if (m.group(3) != null) {
            for (String raw : m.group(3).split("\\+")) {
                Form.Term term = term(f, at, raw.trim(), unit);
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

    private static Form.Term term(Fields f, String at, String raw, String unit) {
        Matcher m = TERM.matcher(raw);
        if (!m.matches()) {
            f.error(at + "：指标 " + raw + " 写法有误");
            return null;
        }
        Metric metric = Metric.of(m.group(1)).orElse(null);
        if (metric == null) {
            f.error(at + "：未知的指标 " + m.group(1));
            return null;
        }
        if (!metric.units().contains(unit)) {
            f.error(at + "：指标 " + metric.code() + " 的单位应为 " + String.join("/", metric.units()) + "，不是 " + unit);
            return null;
        }
        if (metric.people() && m.group(2) != null) {
            f.error(at + "：人数指标 " + metric.code() + " 不能再按类别细分");
            return null;
        }
        return new Form.Term(metric, m.group(2));
    }

    /** Typed access to a template's fields; every mistake becomes an error naming the file and the field. */
    private static final class Fields {
        private final String source;
        private final Map<?, ?> map;
        private final List<String> errors;

        Fields(String source, Map<?, ?> map, List<String> errors) {
            this.source = source;
            this.map = map;
            this.errors = errors;
        }

        void error(String message) {
            errors.add(source + " " + message);
        }

        String string(String key) {
            return string(map, "字段 " + key, key);
        }

        String optional(String key) {
            Object v = map.get(key);
            return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).trim();
        }

        String string(Map<?, ?> from, String name, String key) {
            Object v = from.get(key);
            if (v == null || String.valueOf(v).isBlank()) {
                error(name + "：不能为空");
                return null;
            }
            return String.valueOf(v).trim();
        }

        Map<?, ?> map(String key) {
            Object v = map.get(key);
            if (!(v instanceof Map<?, ?> m)) {
                error("字段 " + key + "：应为 {start: …, end: …}");
                return null;
            }
            return m;
        }

        List<Map<?, ?>> maps(String key) {
            Object v = map.get(key);
            if (!(v instanceof List<?> list) || !list.stream().allMatch(o -> o instanceof Map<?, ?>)) {
                error("字段 " + key + "：应为列表");
                return null;
            }
            return list.stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).toList();
        }

        List<String> strings(String key) {
            Object v = map.get(key);
            if (!(v instanceof List<?> list) || list.isEmpty()) {
                error("字段 " + key + "：应为非空列表");
                return null;
            }
            return list.stream().map(String::valueOf).toList();
        }

        LocalDate date(Map<?, ?> from, String name, String key) {
            Object v = from.get(key);
            if (v instanceof Date d) {
                return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            }
            try {
                return v == null ? fail(name) : LocalDate.parse(String.valueOf(v).trim());
            } catch (DateTimeParseException e) {
                return fail(name);
            }
        }

        LocalDateTime dateTime(Map<?, ?> from, String name, String key) {
            Object v = from.get(key);
            try {
                return v == null ? failTime(name) : LocalDateTime.parse(String.valueOf(v).trim());
            } catch (DateTimeParseException e) {
                return failTime(name);
            }
        }

        private LocalDate fail(String name) {
            error(name + "：应为日期，如 2025-06-30");
            return null;
        }

        private LocalDateTime failTime(String name) {
            error(name + "：应为时间，如 2025-06-26T23:59");
            return null;
        }
    }
}
