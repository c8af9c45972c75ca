package cn.safetymonth.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A statistics form as its issuing union sent it down: title, header, items with the seed's own sentences, and in
 * each sentence its blanks. A blank is filled by the platform (its terms name metrics) or typed in by the union.
 */
record Form(String code, String title, String issuer, String unionCode, String attachment, LocalDate start, LocalDate end,
            List<String> header, List<String> columns, List<Period> periods, List<Item> items, String source) {

    static final String TEXT_UNIT = "文字";

    /**
     * What is handed in and when. A cumulative period (截至) counts from the form's start through {@code asOf}; a window
     * (本周内) counts its own days only, {@code from} (the day after the previous report day) through {@code asOf}.
     */
    record Period(String key, String label, LocalDate from, LocalDate asOf, LocalDateTime due, boolean window) {

        Period shifted(long days) {
            return new Period(key, label, from.plusDays(days), asOf.plusDays(days), due.plusDays(days), window);
        }
    }

    record Item(String group, String label, String requirement, List<Line> lines) {
    }

    /**
     * A sentence: text and blanks in their order. {@code days} (may be null) narrows what its blanks count to those
     * days, e.g. 6月16日 for the 安全宣传咨询日 on-site activity.
     */
    record Line(List<Segment> segments, Days days) {
    }

    /** Days, both inclusive. */
    record Days(LocalDate start, LocalDate end) {

        Days shifted(long n) {
            return new Days(start.plusDays(n), end.plusDays(n));
        }

        /** The days both cover, or null when they share none. */
        Days and(Days other) {
            LocalDate s = start.isAfter(other.start) ? start : other.start;
            LocalDate e = end.isBefore(other.end) ? end : other.end;
            return e.isBefore(s) ? null : new Days(s, e);
        }

        /** The code of the campaign window these days form (people are counted per window). */
        String code() {
            return start.toString().replace("-", "") + "-" + end.toString().replace("-", "");
        }
    }

    /** Either text ({@code blank} null) or a blank ({@code text} null). */
    record Segment(String text, Blank blank) {
    }

    /**
     * A blank. {@code namesOf} (text blanks only, may be null): the platform fills in the names of the union's
     * offline events of that type ("*" for any), joined with 、, unless the union typed its own.
     */
    record Blank(String id, String unit, List<Term> terms, String namesOf) {
        boolean manual() {
            return terms.isEmpty() && namesOf == null;
        }

        boolean textual() {
            return TEXT_UNIT.equals(unit);
        }

        /** 人 is distinct people: never a sum of what several unions counted or typed. */
        boolean people() {
            return "人".equals(unit);
        }
    }

    /** One metric, narrowed to a qualifier (an event type, a pledge kind…) or all of them when null. */
    record Term(Metric metric, String qualifier) {
        @Override
        public String toString() {
            return metric.code() + (qualifier == null ? "" : "[" + qualifier + "]");
        }
    }

    Days days() {
        return new Days(start, end);
    }

    /** Days whose acts this form counts, through {@code asOf}. */
    String windowCode() {
        return days().code();
    }

    /** The days a period counts: its own for a window, else the form's (cut at asOf by whoever reads it). */
    Days days(Period p) {
        return p.window() ? new Days(p.from(), p.asOf()) : days();
    }

    /** The days a line of a period counts: the period's, narrowed to the line's own when it has some (null: none). */
    Days days(Period p, Line line) {
        return line.days() == null ? days(p) : days(p).and(line.days());
    }

    /** Every set of days this form counts people over: the form's, each period's and each dated line's within them. */
    Set<Days> windows() {
        Set<Days> out = new LinkedHashSet<>();
        out.add(days());
        for (Period p : periods) {
            out.add(days(p));
            items.forEach(i -> i.lines().forEach(l -> {
                Days d = days(p, l);
                if (d != null) {
                    out.add(d);
                }
            }));
        }
        return out;
    }

    Map<String, Blank> blanks() {
        Map<String, Blank> out = new LinkedHashMap<>();
        items.forEach(i -> i.lines().forEach(l -> l.segments().stream().filter(s -> s.blank() != null)
                .forEach(s -> out.put(s.blank().id(), s.blank()))));
        return out;
    }

    Optional<Period> period(String key) {
        return periods.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The period a union is most likely handing in now: the first not yet due, else the last. */
    Period currentPeriod(LocalDateTime now) {
        return periods.stream().filter(p -> !now.isAfter(p.due())).findFirst().orElse(periods.get(periods.size() - 1));
    }

    Form shifted(long days) {
        return new Form(code, title, issuer, unionCode, attachment, start.plusDays(days), end.plusDays(days), header, columns,
                periods.stream().map(p -> p.shifted(days)).toList(),
                items.stream().map(i -> new Item(i.group(), i.label(), i.requirement(), i.lines().stream()
                        .map(l -> new Line(l.segments(), l.days() == null ? null : l.days().shifted(days))).toList())).toList(),
                source);
    }
}
