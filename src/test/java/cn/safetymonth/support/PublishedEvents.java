package cn.safetymonth.support;

import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Every domain event the service published during the suite (on any thread), so a test can see that an act was
 * announced — for example to the statistics module — without a context of its own.
 */
public class PublishedEvents {

    private static final int KEEP = 20_000;
    private final ConcurrentLinkedDeque<Object> events = new ConcurrentLinkedDeque<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getName().startsWith("cn.safetymonth.")) {
            events.addLast(event);
            if (events.size() > KEEP) {
                events.pollFirst();
            }
        }
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
