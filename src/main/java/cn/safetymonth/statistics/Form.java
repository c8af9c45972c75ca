package cn.safetymonth.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statistics form as its issuing union sent it down: title, header, items with the seed's own sentences, and in
 * each sentence its blanks. A blank is filled by the platform (its terms name metrics) or typed in by the union.
 */
record Form(String code, String title, String issuer, String unionCode, LocalDate start, LocalDate end,
            List<String> header, List<String> columns, List<Period> periods, List<Item> items, String source) {

    static final String TEXT_UNIT = "文字";

    record Period(String key, String label, LocalDate asOf, LocalDateTime due) {
    }

    record Item(String group, String label, String requirement, List<Line> lines) {
    }

    /** A sentence: text and blanks in their order. */
    record Line(List<Segment> segments) {
    }

    /** Either text ({@code blank} null) or a blank ({@code text} null). */
    record Segment(String text, Blank blank) {
    }

    record Blank(String id, String unit, List<Term> terms) {
        boolean manual() {
            return terms.isEmpty();
        }

        boolean textual() {
            return TEXT_UNIT.equals(unit);
        }
    }

    /** One metric, narrowed to a qualifier (an event type, a pledge kind…) or all of them when null. */
    record Term(Metric metric, String qualifier) {
        @Override
        public String toString() {
            return metric.code() + (qualifier == null ? "" : "[" + qualifier + "]");
        }
    }

    /** Days whose acts this form counts, through {@code asOf}. */
    String windowCode() {
        return start.toString().replace("-", "") + "-" + end.toString().replace("-", "");
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
        return new Form(code, title, issuer, unionCode, start.plusDays(days), end.plusDays(days), header, columns,
                periods.stream().map(p -> new Period(p.key(), p.label(), p.asOf().plusDays(days), p.due().plusDays(days))).toList(),
                items, source);
    }
}
