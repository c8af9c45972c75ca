package cn.safetymonth.statistics;

import java.util.HashMap;
import java.util.Map;

/** What one node's subtree did in a window through a day: acts per metric and qualifier, people per metric. */
final class Counts {

    private final Map<String, Long> acts = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();

    void addActs(String metric, String qualifier, long n) {
        acts.merge(metric + "|" + qualifier, n, Long::sum);
        acts.merge(metric + "|*", n, Long::sum);
    }

    void addPeople(String metric, long n) {
        people.merge(metric, n, Long::sum);
    }

    long value(Form.Term term) {
        if (term.metric().people()) {
            return people.getOrDefault(term.metric().code(), 0L);
        }
        return acts.getOrDefault(term.metric().code() + "|" + (term.qualifier() == null ? "*" : term.qualifier()), 0L);
    }

    long value(Metric metric) {
        return value(new Form.Term(metric, null));
    }
}
