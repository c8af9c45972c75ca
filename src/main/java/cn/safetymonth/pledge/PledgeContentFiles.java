package cn.safetymonth.pledge;


import cn.safetymonth.common.content.ContentFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and checks config/pledge; every problem is collected and named by file and field before refusing. */
final class PledgeContentFiles {

    static final Set<String> PLEDGE_KINDS = Set.of("COMMITMENT", "INITIATIVE", "MANAGER_COMMITMENT");
    static final Set<String> WORK_KINDS = Set.of("LETTER", "ESSAY", "SCIENCE");

    record ThemesFile(List<PledgeCatalog.Theme> themes) {
    }

    record RuleDef(String label, int titleMaxChars, int bodyMaxChars, boolean bodyRequired, PledgeCatalog.ImageRule image) {
    }

    record WorkKindsFile(Map<String, RuleDef> kinds, List<String> videoHosts) {
    }

    record EventTypesFile(List<PledgeCatalog.EventType> types) {
    }

    private PledgeContentFiles() {
    }

    static PledgeCatalog.Content read(Path dir) throws IOException {
        List<String> errors = new ArrayList<>();
        PledgeCatalog.Campaign campaign = file(dir, "campaign.yml", PledgeCatalog.Campaign.class, errors);
        List<PledgeCatalog.Template> templates = new ArrayList<>();
        Path pledges = dir.resolve("pledges");
        if (Files.isDirectory(pledges)) {
            try (Stream<Path> files = Files.list(pledges)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                    PledgeCatalog.Template t = file(dir, "pledges/" + f.getFileName(), PledgeCatalog.Template.class, errors);
                    if (t != null) {
                        templates.add(t);
                    }
                }
            }
        }
        ThemesFile themes = file(dir, "check-in-themes.yml", ThemesFile.class, errors);
        WorkKindsFile works = file(dir, "work-kinds.yml", WorkKindsFile.class, errors);
        EventTypesFile types = file(dir, "event-types.yml", EventTypesFile.class, errors);
        if (errors.isEmpty()) {
            check(campaign, templates, themes, works, types, errors);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("pledge content in " + dir + " is refused:\n  " + String.join("\n  ", errors));
        }
        Map<String, PledgeCatalog.WorkRule> rules = new LinkedHashMap<>();
        works.kinds().forEach((kind, r) -> rules.put(kind,
                new PledgeCatalog.WorkRule(kind, r.label(), r.titleMaxChars(), r.bodyMaxChars(), r.bodyRequired(), r.image())));
        return new PledgeCatalog.Content(campaign, List.copyOf(templates), List.copyOf(themes.themes()), Map.copyOf(rules),
                List.copyOf(works.videoHosts()), List.copyOf(types.types()));
    }

    private static <T> T file(Path dir, String name, Class<T> type, List<String> errors) {
        return ContentFiles.read(dir.resolve(name), name, type, errors);
    }

    private static void check(PledgeCatalog.Campaign c, List<PledgeCatalog.Template> templates, ThemesFile themes,
                              WorkKindsFile works, EventTypesFile types, List<String> errors) {
        require(c.code() != null && c.code().matches("[0-9A-Za-z-]{1,30}"), "campaign.yml：code 须为 1–30 位字母、数字或短横线", errors);
        require(notBlank(c.name()) && notBlank(c.theme()) && notBlank(c.page()) && notBlank(c.eventPage()),
                "campaign.yml：name、theme、page、eventPage 不能为空", errors);
        require(c.startDate() != null && c.endDate() != null && !c.endDate().isBefore(c.startDate()),
                "campaign.yml：startDate、endDate 不能为空，且结束不早于开始", errors);
        Set<String> kinds = new HashSet<>();
        for (PledgeCatalog.Template t : templates) {
            String where = "pledges/" + t.code() + "：";
            require(PLEDGE_KINDS.contains(t.kind()), where + "kind 须为 " + PLEDGE_KINDS, errors);
            require(t.code() != null && t.code().equals(t.kind()), where + "code 须与 kind 相同", errors);
            require(notBlank(t.title()) && t.title().length() <= 30, where + "title 不能为空且不超过 30 字", errors);
            require(notBlank(t.text()) && t.text().length() <= 3000, where + "text 不能为空且不超过 3000 字", errors);
            require(t.version() >= 1, where + "version 须为正整数", errors);
            require(kinds.add(t.kind()), where + "同一种承诺书只能有一份", errors);
        }
        require(kinds.equals(PLEDGE_KINDS), "pledges/：须各有一份 " + PLEDGE_KINDS, errors);
        Set<String> themeCodes = new HashSet<>();
        for (PledgeCatalog.Theme t : themes.themes()) {
            String where = "check-in-themes.yml " + t.code() + "：";
            require(t.code() != null && t.code().matches("[A-Z0-9_]{1,32}") && themeCodes.add(t.code()), where + "code 须为唯一的大写字母、数字或下划线", errors);
            require(notBlank(t.name()) && t.name().length() <= 20, where + "name 不能为空且不超过 20 字", errors);
            require(t.photo() != null && t.location() != null, where + "photo、location 须为 REQUIRED、OPTIONAL 或 NONE", errors);
            require(t.startDate() != null && t.endDate() != null && !t.endDate().isBefore(t.startDate())
                    && c.startDate() != null && !t.startDate().isBefore(c.startDate()) && !t.endDate().isAfter(c.endDate()),
                    where + "日期须在活动时间内，且结束不早于开始", errors);
        }
        require(works.kinds() != null && works.kinds().keySet().equals(WORK_KINDS), "work-kinds.yml：kinds 须正好是 " + WORK_KINDS, errors);
        if (works.kinds() != null) {
            works.kinds().forEach((kind, r) -> require(notBlank(r.label()) && r.bodyMaxChars() > 0 && r.bodyMaxChars() <= 5000
                    && r.titleMaxChars() >= 0 && r.titleMaxChars() <= 40 && r.image() != null,
                    "work-kinds.yml " + kind + "：label、image 不能为空，bodyMaxChars 须为 1–5000，titleMaxChars 须为 0–40", errors));
        }
        require(works.videoHosts() != null && works.videoHosts().stream().allMatch(h -> h.matches("[a-z0-9.-]+")),
                "work-kinds.yml：videoHosts 须为主机名列表", errors);
        Set<String> typeCodes = new HashSet<>();
        for (PledgeCatalog.EventType t : types.types()) {
            require(t.code() != null && t.code().matches("[A-Z_]{1,32}") && typeCodes.add(t.code()) && notBlank(t.label()),
                    "event-types.yml " + t.code() + "：code 须唯一（大写字母和下划线），label 不能为空", errors);
        }
        require(typeCodes.contains("OTHER"), "event-types.yml：须有 OTHER（其他特色活动）", errors);
    }

    private static void require(boolean ok, String error, List<String> errors) {
        if (!ok) {
            errors.add(error);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
