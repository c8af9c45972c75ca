package cn.safetymonth.pledge;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event the pledge module publishes for the statistics table, as the statistics module would. */
public class PledgeEventRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        PledgeEventRecorder pledgeEventRecorder() {
            return new PledgeEventRecorder();
        }
    }

    @EventListener
    void on(PledgeSigned e) {
        events.add(e);
    }

    @EventListener
    void on(CheckedIn e) {
        events.add(e);
    }

    @EventListener
    void on(WorkSubmitted e) {
        events.add(e);
    }

    @EventListener
    void on(WorkReviewed e) {
        events.add(e);
    }

    @EventListener
    void on(OfflineEventCreated e) {
        events.add(e);
    }

    @EventListener
    void on(EventSignedIn e) {
        events.add(e);
    }

    @EventListener
    void on(OfflineEventRecorded e) {
        events.add(e);
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
