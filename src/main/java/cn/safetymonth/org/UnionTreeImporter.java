package cn.safetymonth.org;

import cn.safetymonth.common.auth.AdminPrincipal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a union tree file: all rows or none. Every bad row is reported with its line number,
 * so a clerk can fix the file in one go. Existing codes are updated in place (name, type, channel).
 */
@Service
public class UnionTreeImporter {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final String OUT_OF_SCOPE = "不在您的管辖范围内";
    private static final String TOP_LEVEL_ONLY = "只有平台管理员可以导入顶级工会";

    private final UnionMapper unions;
    private final TransactionTemplate tx;

    UnionTreeImporter(UnionMapper unions, TransactionTemplate tx) {
        this.unions = unions;
        this.tx = tx;
    }

    /** @param outOfScope some row would land outside the caller's subtree: a refusal (403), not a typo (400) */
    public record Report(int created, int updated, int unchanged, List<String> errors, boolean outOfScope) {
        Report(int created, int updated, int unchanged, List<String> errors) {
            this(created, updated, unchanged, errors, false);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** @param admin who imports; null for the start-up seed (acts as the platform) */
    public Report importFile(String filename, InputStream in, AdminPrincipal admin) throws IOException {
        List<UnionTreeFile.Line> lines;
        try {
            lines = UnionTreeFile.read(filename, in);
        } catch (UnionTreeFile.UnreadableException e) {
            return new Report(0, 0, 0, List.of(e.getMessage()));
        }
        return importLines(lines, admin);
    }

    Report importLines(List<UnionTreeFile.Line> lines, AdminPrincipal admin) {
        List<String> errors = new ArrayList<>();
        Map<String, Parsed> byCode = new LinkedHashMap<>();
        for (UnionTreeFile.Line l : lines) {
            Parsed p = parse(l, errors);
            if (p == null) {
                continue;
            }
            Parsed earlier = byCode.putIfAbsent(p.line.code(), p);
            if (earlier != null) {
                errors.add(at(l, "编码“" + l.code() + "”与第 " + earlier.line.line() + " 行重复"));
            }
        }
        Map<String, UnionEntity> existing = new HashMap<>();
        for (UnionEntity e : unions.all()) {
            existing.put(e.getCode(), e);
        }
        boolean platform = admin == null || admin.wholePlatform();
        for (Parsed p : byCode.values()) {
            checkParent(p, byCode, existing, admin, platform, errors);
        }
        checkCycles(byCode, errors);
        checkSiblingNames(byCode, existing, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(UnionTreeImporter::lineOf));
            boolean outOfScope = errors.stream().anyMatch(e -> e.contains(OUT_OF_SCOPE) || e.contains(TOP_LEVEL_ONLY));
            return new Report(0, 0, 0, errors, outOfScope);
        }
        return Objects.requireNonNull(tx.execute(s -> write(byCode, existing)));
    }

    private record Parsed(UnionTreeFile.Line line, UnionType type, UnionChannel channel) {
    }

    private static Parsed parse(UnionTreeFile.Line l, List<String> errors) {
        int before = errors.size();
        if (l.code().isEmpty()) {
            errors.add(at(l, "编码不能为空"));
        } else if (!CODE.matcher(l.code()).matches()) {
            errors.add(at(l, "编码“" + l.code() + "”只能包含字母、数字、-、_、.，最长 64 位"));
        }
        if (l.name().isEmpty()) {
            errors.add(at(l, "名称不能为空"));
        } else if (l.name().length() > 100) {
            errors.add(at(l, "名称最长 100 字"));
        }
        UnionType type = UnionType.parse(l.type()).orElse(null);
        if (type == null) {
            errors.add(at(l, "类型“" + l.type() + "”无效，可选：市总工会、县(市)区总工会、产业工会、直属基层工会、基层工会"));
        }
        UnionChannel channel = l.channel().isEmpty() ? UnionChannel.LOCAL : UnionChannel.parse(l.channel()).orElse(null);
        if (channel == null) {
            errors.add(at(l, "渠道“" + l.channel() + "”无效，可选：地方、央企"));
        }
        if (!l.parentCode().isEmpty() && l.parentCode().equals(l.code())) {
            errors.add(at(l, "上级编码不能是自己"));
        }
        return errors.size() == before ? new Parsed(l, type, channel) : null;
    }

    private static void checkParent(Parsed p, Map<String, Parsed> inFile, Map<String, UnionEntity> existing,
                                    AdminPrincipal admin, boolean platform, List<String> errors) {
        UnionTreeFile.Line l = p.line;
        UnionEntity current = existing.get(l.code());
        String parentCode = l.parentCode();
        if (parentCode.isEmpty()) {
            if (!platform) {
                errors.add(at(l, TOP_LEVEL_ONLY + "，请填写上级编码"));
            } else if (current != null && current.getParentId() != null) {
                errors.add(at(l, "编码“" + l.code() + "”已存在于其他上级下，不能通过导入移动"));
            }
            return;
        }
        if (!inFile.containsKey(parentCode) && !existing.containsKey(parentCode)) {
            errors.add(at(l, "上级编码“" + parentCode + "”不存在"));
            return;
        }
        UnionEntity parentNow = existing.get(parentCode);
        if (current != null && (parentNow == null || !Objects.equals(current.getParentId(), parentNow.getId()))) {
            errors.add(at(l, "编码“" + l.code() + "”已存在于其他上级下，不能通过导入移动"));
            return;
        }
        if (!platform) {
            // the first ancestor that already exists decides whether the row lands in the caller's subtree
            String code = parentCode;
            Set<String> seen = new HashSet<>();
            while (!existing.containsKey(code) && inFile.containsKey(code) && seen.add(code)) {
                code = inFile.get(code).line.parentCode();
            }
            UnionEntity anchor = existing.get(code);
            if (anchor == null || !admin.covers(anchor.getPath())) {
                errors.add(at(l, "上级编码“" + parentCode + "”" + OUT_OF_SCOPE));
            }
        }
    }

    private static void checkCycles(Map<String, Parsed> inFile, List<String> errors) {
        for (Parsed p : inFile.values()) {
            Set<String> seen = new HashSet<>();
            String code = p.line.code();
            while (code != null && inFile.containsKey(code)) {
                if (!seen.add(code)) {
                    errors.add(at(p.line, "上级关系形成循环"));
                    break;
                }
                String parent = inFile.get(code).line.parentCode();
                code = parent.isEmpty() ? null : parent;
            }
        }
    }

    private static void checkSiblingNames(Map<String, Parsed> inFile, Map<String, UnionEntity> existing, List<String> errors) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, String> codeById = new HashMap<>();
        existing.values().forEach(e -> codeById.put(e.getId(), e.getCode()));
        for (UnionEntity e : existing.values()) {
            if (!inFile.containsKey(e.getCode())) {
                String parent = e.getParentId() == null ? "" : codeById.get(e.getParentId());
                seen.put(parent + "\u0000" + e.getName(), 0);
            }
        }
        for (Parsed p : inFile.values()) {
            Integer other = seen.putIfAbsent(p.line.parentCode() + "\u0000" + p.line.name(), p.line.line());
            if (other != null) {
                errors.add(at(p.line, "同一上级下已有同名工会“" + p.line.name() + "”"
                        + (other > 0 ? "（第 " + other + " 行）" : "")));
            }
        }
    }

    private Report write(Map<String, Parsed> inFile, Map<String, UnionEntity> existing) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, UnionEntity> done = new HashMap<>(existing);
        List<Parsed> pending = new ArrayList<>(inFile.values());
        while (!pending.isEmpty()) {
            List<Parsed> next = new ArrayList<>();
            for (Parsed p : pending) {
                String parentCode = p.line.parentCode();
                UnionEntity parent = parentCode.isEmpty() ? null : done.get(parentCode);
                boolean parentReady = parentCode.isEmpty() || parent != null;
                if (!parentReady) {
                    next.add(p);
                    continue;
                }
                UnionEntity row = existing.get(p.line.code());
                if (row == null) {
                    done.put(p.line.code(), insert(p, parent));
                    created++;
                } else if (!row.getName().equals(p.line.name()) || row.getType() != p.type || row.getChannel() != p.channel) {
                    row.setName(p.line.name());
                    row.setType(p.type);
                    row.setChannel(p.channel);
                    unions.updateById(row);
                    updated++;
                } else {
                    unchanged++;
                }
            }
            if (next.size() == pending.size()) {
                throw new IllegalStateException("union import could not order rows");
            }
            pending = next;
        }
        return new Report(created, updated, unchanged, List.of());
    }

    private UnionEntity insert(Parsed p, UnionEntity parent) {
        UnionEntity row = new UnionEntity();
        row.setParentId(parent == null ? null : parent.getId());
        row.setCode(p.line.code());
        row.setName(p.line.name());
        row.setType(p.type);
        row.setChannel(p.channel);
        row.setDepth(parent == null ? 0 : parent.getDepth() + 1);
        row.setPath("");
        insertWithFreshJoinCode(row);
        row.setPath((parent == null ? "/" : parent.getPath()) + row.getId() + "/");
        unions.setPath(row.getId(), row.getPath());
        return row;
    }

    /** Join codes are random; the unique key catches the rare collision and a new one is drawn. */
    void insertWithFreshJoinCode(UnionEntity row) {
        for (int attempt = 0; ; attempt++) {
            row.setJoinCode(JoinCodes.next());
            try {
                unions.insert(row);
                return;
            } catch (DuplicateKeyException e) {
                if (attempt >= 5 || unions.findByJoinCode(row.getJoinCode()) == null) {
                    throw e;
                }
            }
        }
    }

    private static String at(UnionTreeFile.Line l, String msg) {
        return "第 " + l.line() + " 行：" + msg;
    }

    private static int lineOf(String error) {
        Matcher m = Pattern.compile("^第 (\\d+) 行").matcher(error);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
