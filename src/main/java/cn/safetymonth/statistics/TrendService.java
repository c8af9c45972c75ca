package cn.safetymonth.statistics;

import cn.safetymonth.org.MembershipService;
import cn.safetymonth.org.UnionDirectory;
import cn.safetymonth.org.UnionRef;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Participation for the console: acts per day and activity for a union's subtree, and for each child its members,
 * its participants and the rate — in tree order. There is deliberately no ordering by rate: completion, not a league.
 */
@Service
class TrendService {

    private static final long MEMBERS_FRESH_MS = 60_000;

    private final Map<Long, MemberCount> memberCounts = new ConcurrentHashMap<>();
    private final Map<String, MemberCount> partCounts = new ConcurrentHashMap<>();
    private final CountingService counting;
    private final CounterMapper counters;
    private final MembershipService memberships;
    private final UnionDirectory directory;
    private final TableService tables;
    private final Clock clock;

    TrendService(CountingService counting, CounterMapper counters, MembershipService memberships, UnionDirectory directory,
                 TableService tables, Clock clock) {
        this.counting = counting;
        this.counters = counters;
        this.memberships = memberships;
        this.directory = directory;
        this.tables = tables;
        this.clock = clock;
    }

    StatisticsWeb.TrendResp trend(Form form, UnionRef union) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.isAfter(form.end()) ? form.end() : today;
        FoldService.Window window = new FoldService.Window(form.windowCode(), form.start(), form.end());
        Map<String, String> activities = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(Metric.values()).filter(m -> !m.people()).forEach(m -> {
            activities.put(m.code(), m.label());
            kinds.put(m.code(), m.kind());
        });

        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>(counting.perDay(union, form.start(), to));
        for (LocalDate d = form.start(); !d.isAfter(to); d = d.plusDays(1)) {
            byDay.putIfAbsent(d, Map.of());
        }
        List<StatisticsWeb.DayResp> days = byDay.entrySet().stream().map(e -> new StatisticsWeb.DayResp(e.getKey(), e.getValue())).toList();

        List<UnionRef> children = directory.children(union.id());
        List<UnionRef> all = new ArrayList<>(children);
        all.add(union);
        Map<Long, Counts> counts = counting.countsFor(window, all, to);
        List<StatisticsWeb.ChildParticipationResp> rows = children.stream()
                .map(c -> participation(window, c, counts.get(c.id()), activities)).toList();
        StatisticsWeb.ChildParticipationResp own = participation(window, union, counts.get(union.id()), activities);
        return new StatisticsWeb.TrendResp(tables.brief(union), form.start(), to, activities, kinds, days, own.members(), own.participants(),
                own.memberParticipants(), own.otherParticipants(), own.rate(), rows);
    }

    /**
     * Members of a subtree change slowly and counting them reads every membership below the node: a dashboard may show
     * a count up to a minute old rather than scan a city's members on every refresh.
     */
    private long members(UnionRef union) {
        long now = System.currentTimeMillis();
        MemberCount cached = memberCounts.get(union.id());
        if (cached != null && cached.until() > now) {
            return cached.count();
        }
        long count = memberships.countMembersUnder(union);
        if (memberCounts.size() > 10_000) {
            memberCounts.clear();
        }
        memberCounts.put(union.id(), new MemberCount(count, now + MEMBERS_FRESH_MS));
        return count;
    }

    private record MemberCount(long count, long until) {
    }

    /**
     * Of those who took part in the subtree, how many are its members now (others came to its events from elsewhere,
     * or have moved away since): the rate is members who took part over members, so it can't pass 100%. Kept a minute.
     */
    private long membersWhoTookPart(FoldService.Window window, UnionRef union) {
        long now = System.currentTimeMillis();
        String key = window.code() + ":" + union.id();
        MemberCount cached = partCounts.get(key);
        if (cached != null && cached.until() > now) {
            return cached.count();
        }
        long count = memberships.countMembersUnderAmong(union, counters.personIds(window.code(), Metric.ALL_PARTICIPANTS.code(), union.id()));
        if (partCounts.size() > 10_000) {
            partCounts.clear();
        }
        partCounts.put(key, new MemberCount(count, now + MEMBERS_FRESH_MS));
        return count;
    }

    private StatisticsWeb.ChildParticipationResp participation(FoldService.Window window, UnionRef union, Counts counts,
                                                               Map<String, String> activities) {
        long members = members(union);
        long participants = counts.value(Metric.ALL_PARTICIPANTS);
        long memberParticipants = Math.min(participants, membersWhoTookPart(window, union));
        double rate = members == 0 ? 0 : (double) memberParticipants / members;
        Map<String, Long> acts = new LinkedHashMap<>();
        activities.keySet().forEach(code -> acts.put(code, counts.value(Metric.of(code).orElseThrow())));
        return new StatisticsWeb.ChildParticipationResp(union.id(), union.name(), members, participants, memberParticipants,
                participants - memberParticipants, Math.round(rate * 1000) / 1000.0, acts);
    }
}
