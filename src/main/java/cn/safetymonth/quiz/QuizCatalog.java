package cn.safetymonth.quiz;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quiz content in memory: a few hundred rows that every tap needs, so they are read from the
 * database once and again only when an import changes them (a version number in Redis tells every
 * instance).
 */
@Component
class QuizCatalog {

    record CampaignView(long id, String code, String name, String theme, LocalDate startDate, LocalDate endDate, String channel) {
    }

    record HazardView(long id, String code, long levelId, int seq, String name, Region region, QuestionType type, String text,
                      List<QuizContent.OptionDef> options, List<String> answer, String explanation) {
    }

    record LevelView(long id, String code, Scene scene, int order, String title, String pictureKey, List<HazardView> hazards) {
    }

    /** A question of the quick test's own bank. */
    record QuickQuestionView(long id, String code, String topic, String topicTitle, QuestionType type, String text,
                             List<QuizContent.OptionDef> options, List<String> answer, String explanation) {
    }

    private record Snapshot(long version, CampaignView campaign, Map<Long, LevelView> levels, Map<Long, HazardView> hazards,
                            Map<Long, QuickQuestionView> quick, List<QuickQuestionView> bank) {
    }

    private static final long CHECK_EVERY_MILLIS = 5_000;

    private final CampaignMapper campaigns;
    private final LevelMapper levels;
    private final HazardMapper hazards;
    private final QuickQuestionMapper quickQuestions;
    private final StringRedisTemplate redis;
    private final QuizRedisKeys keys;
    private final QuizProperties props;
    private final Clock clock;
    private final ObjectMapper json;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    QuizCatalog(CampaignMapper campaigns, LevelMapper levels, HazardMapper hazards, QuickQuestionMapper quickQuestions,
                StringRedisTemplate redis, QuizRedisKeys keys, QuizProperties props, Clock clock, ObjectMapper json) {
        this.campaigns = campaigns;
        this.levels = levels;
        this.hazards = hazards;
        this.quickQuestions = quickQuestions;
        this.redis = redis;
        this.keys = keys;
        this.props = props;
        this.clock = clock;
        this.json = json;
    }

    /** The campaign being played, if content is loaded. */
    Optional<CampaignView> campaign() {
        return Optional.ofNullable(current().campaign());
    }

    /** Whether today (Asia/Shanghai) lies in the campaign's dates. */
    boolean openOn(LocalDate day) {
        return campaign().map(c -> !day.isBefore(c.startDate()) && !day.isAfter(c.endDate())).orElse(false);
    }

    LevelView level(long id) {
        return current().levels().get(id);
    }

    HazardView hazard(long id) {
        return current().hazards().get(id);
    }

    List<LevelView> levelsOf(Scene scene) {
        return current().levels().values().stream().filter(l -> l.scene() == scene)
                .sorted(Comparator.comparingInt(LevelView::order)).toList();
    }

    /** The quick test's bank: its own questions, never a level's. */
    List<QuickQuestionView> bank() {
        return current().bank();
    }

    QuickQuestionView quickQuestion(long id) {
        return current().quick().get(id);
    }

    /** The text of every level question, so the quick test's bank can be kept apart from them. */
    List<String> levelQuestionTexts() {
        return current().hazards().values().stream().map(HazardView::text).toList();
    }

    /** Called after an import on this instance; other instances follow the version in Redis. */
    void changed() {
        redis.opsForValue().increment(keys.contentVersion());
        reload();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s == null || now - checkedAt > CHECK_EVERY_MILLIS) {
            checkedAt = now;
            if (s == null || s.version() != version()) {
                s = reload();
            }
        }
        return s;
    }

    private long version() {
        String v = redis.opsForValue().get(keys.contentVersion());
        return v == null ? 0 : Long.parseLong(v);
    }

    synchronized Snapshot reload() {
        long version = version();
        CampaignEntity c = campaigns.selectOne(new LambdaQueryWrapper<CampaignEntity>().orderByDesc(CampaignEntity::getId).last("LIMIT 1"));
        Map<Long, QuickQuestionView> quick = quickQuestions.selectList(null).stream().map(this::view)
                .collect(Collectors.toUnmodifiableMap(QuickQuestionView::id, Function.identity()));
        List<QuickQuestionView> bank = quick.values().stream().sorted(Comparator.comparingLong(QuickQuestionView::id)).toList();
        if (c == null) {
            snapshot = new Snapshot(version, null, Map.of(), Map.of(), quick, bank);
            return snapshot;
        }
        LocalDate start = c.getStartDate();
        LocalDate end = c.getEndDate();
        if (props.rollingDemoWindow()) {
            start = LocalDate.now(clock).minusDays(14);
            end = LocalDate.now(clock).plusDays(14);
        }
        CampaignView campaign = new CampaignView(c.getId(), c.getCode(), c.getName(), c.getTheme(), start, end, c.getChannel());
        List<LevelEntity> levelRows = levels.selectList(new LambdaQueryWrapper<LevelEntity>().eq(LevelEntity::getCampaignId, c.getId()));
        Map<Long, List<HazardView>> byLevel = levelRows.isEmpty() ? Map.of() : hazards.selectList(
                        new LambdaQueryWrapper<HazardEntity>().in(HazardEntity::getLevelId, levelRows.stream().map(LevelEntity::getId).toList()))
                .stream().map(this::view).sorted(Comparator.comparingInt(HazardView::seq))
                .collect(Collectors.groupingBy(HazardView::levelId));
        Map<Long, LevelView> levelViews = levelRows.stream().map(l -> new LevelView(l.getId(), l.getCode(), l.getScene(),
                        l.getSortOrder(), l.getTitle(), l.getPictureKey(), byLevel.getOrDefault(l.getId(), List.of())))
                .collect(Collectors.toUnmodifiableMap(LevelView::id, Function.identity()));
        Map<Long, HazardView> hazardViews = byLevel.values().stream().flatMap(List::stream)
                .collect(Collectors.toUnmodifiableMap(HazardView::id, Function.identity()));
        snapshot = new Snapshot(version, campaign, levelViews, hazardViews, quick, bank);
        return snapshot;
    }

    private HazardView view(HazardEntity h) {
        try {
            Region region = json.readValue(h.getRegionJson(), Region.class);
            return new HazardView(h.getId(), h.getCode(), h.getLevelId(), h.getSeq(), h.getName(), region, h.getQuestionType(),
                    h.getQuestionText(), options(h.getOptionsJson()), Arrays.asList(h.getAnswerKeys().split(",")), h.getExplanation());
        } catch (JacksonException e) {
            throw new IllegalStateException("stored hazard " + h.getCode() + " is unreadable", e);
        }
    }

    private QuickQuestionView view(QuickQuestionEntity q) {
        try {
            return new QuickQuestionView(q.getId(), q.getCode(), q.getTopic(), q.getTopicTitle(), q.getQuestionType(), q.getQuestionText(),
                    options(q.getOptionsJson()), Arrays.asList(q.getAnswerKeys().split(",")), q.getExplanation());
        } catch (JacksonException e) {
            throw new IllegalStateException("stored quick-test question " + q.getCode() + " is unreadable", e);
        }
    }

    private List<QuizContent.OptionDef> options(String optionsJson) {
        return json.readValue(optionsJson, new TypeReference<>() {
        });
    }
}
