package cn.safetymonth.quiz;

import cn.safetymonth.storage.ObjectStorage;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes validated content: rows into the database, pictures into object storage. Unchanged levels are left alone. */
@Component
class QuizContentStore {

    record Saved(int created, int updated, int unchanged) {
    }

    private final CampaignMapper campaigns;
    private final LevelMapper levels;
    private final HazardMapper hazards;
    private final AttemptHazardMapper foundBefore;
    private final QuickQuestionMapper quickQuestions;
    private final ObjectStorage storage;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    QuizContentStore(CampaignMapper campaigns, LevelMapper levels, HazardMapper hazards, AttemptHazardMapper foundBefore,
                     QuickQuestionMapper quickQuestions, ObjectStorage storage, TransactionTemplate tx, ObjectMapper json) {
        this.quickQuestions = quickQuestions;
        this.campaigns = campaigns;
        this.levels = levels;
        this.hazards = hazards;
        this.foundBefore = foundBefore;
        this.storage = storage;
        this.tx = tx;
        this.json = json;
    }

    Saved save(QuizContent.CampaignDef campaignDef, List<QuizContent.LevelDef> defs) {
        // pictures first: a picture without rows is harmless, rows pointing at a missing picture are not
        Map<String, String> hashes = defs.stream().collect(Collectors.toMap(QuizContent.LevelDef::code, this::hash));
        Map<String, LevelEntity> existing = levels.selectList(null).stream()
                .collect(Collectors.toMap(LevelEntity::getCode, Function.identity()));
        for (QuizContent.LevelDef def : defs) {
            LevelEntity row = existing.get(def.code());
            if (row == null || !row.getContentHash().equals(hashes.get(def.code()))) {
                storage.put(pictureKey(def.code(), hashes.get(def.code())), def.picture(), "image/png");
            }
        }
        return tx.execute(s -> {
            long campaignId = upsertCampaign(campaignDef);
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (QuizContent.LevelDef def : defs) {
                String hash = hashes.get(def.code());
                LevelEntity row = existing.get(def.code());
                if (row != null && row.getContentHash().equals(hash) && row.getCampaignId() == campaignId) {
                    unchanged++;
                    continue;
                }
                if (row == null) {
                    row = new LevelEntity();
                    created++;
                } else {
                    updated++;
                }
                row.setCampaignId(campaignId);
                row.setCode(def.code());
                row.setScene(def.scene());
                row.setSortOrder(def.order());
                row.setTitle(def.title());
                row.setPictureKey(pictureKey(def.code(), hash));
                row.setContentHash(hash);
                if (row.getId() == null) {
                    levels.insert(row);
                } else {
                    levels.updateById(row);
                }
                saveHazards(row.getId(), def.hazards());
            }
            return new Saved(created, updated, unchanged);
        });
    }

    /**
     * Adds the quick-test questions that are new and rewrites the changed ones, by id; questions not named stay as they
     * are (a test already drawn keeps what it asked).
     */
    Saved saveQuick(List<QuizContent.QuickQuestionDef> defs) {
        return tx.execute(s -> {
            Map<String, QuickQuestionEntity> existing = quickQuestions.selectList(null).stream()
                    .collect(Collectors.toMap(QuickQuestionEntity::getCode, Function.identity()));
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int seq = 0;
            for (QuizContent.QuickQuestionDef def : defs) {
                seq++;
                QuickQuestionEntity row = existing.get(def.code());
                QuickQuestionEntity wanted = quickRow(def, seq);
                if (row != null && sameQuestion(row, wanted)) {
                    unchanged++;
                    continue;
                }
                if (row == null) {
                    quickQuestions.insert(wanted);
                    created++;
                } else {
                    wanted.setId(row.getId());
                    quickQuestions.updateById(wanted);
                    updated++;
                }
            }
            return new Saved(created, updated, unchanged);
        });
    }

    private QuickQuestionEntity quickRow(QuizContent.QuickQuestionDef def, int seq) {
        QuickQuestionEntity row = new QuickQuestionEntity();
        row.setCode(def.code());
        row.setTopic(def.topic());
        row.setTopicTitle(def.topicTitle());
        row.setSeq(seq);
        row.setQuestionType(def.question().type());
        row.setQuestionText(def.question().text());
        row.setOptionsJson(write(def.question().options()));
        row.setAnswerKeys(String.join(",", def.question().answer().stream().sorted().toList()));
        row.setExplanation(def.question().explanation());
        return row;
    }

    private static boolean sameQuestion(QuickQuestionEntity a, QuickQuestionEntity b) {
        return a.getTopic().equals(b.getTopic()) && a.getTopicTitle().equals(b.getTopicTitle()) && a.getQuestionType() == b.getQuestionType()
                && a.getQuestionText().equals(b.getQuestionText()) && a.getOptionsJson().equals(b.getOptionsJson())
                && a.getAnswerKeys().equals(b.getAnswerKeys()) && a.getExplanation().equals(b.getExplanation());
    }

    /** The picture a level already has, so an Excel import may change text without sending pictures again. */
    byte[] storedPicture(String levelCode) {
        LevelEntity row = levels.selectOne(new LambdaQueryWrapper<LevelEntity>().eq(LevelEntity::getCode, levelCode));
        return row == null ? null : storage.find(row.getPictureKey()).orElse(null);
    }

    private long upsertCampaign(QuizContent.CampaignDef def) {
        CampaignEntity row = campaigns.selectOne(new LambdaQueryWrapper<CampaignEntity>().eq(CampaignEntity::getCode, def.code()));
        if (row == null) {
            row = new CampaignEntity();
        }
        row.setCode(def.code());
        row.setName(def.name());
        row.setTheme(def.theme());
        row.setStartDate(def.startDate());
        row.setEndDate(def.endDate());
        row.setChannel(def.channel());
        if (row.getId() == null) {
            campaigns.insert(row);
        } else {
            campaigns.updateById(row);
        }
        return row.getId();
    }

    private void saveHazards(long levelId, List<QuizContent.HazardDef> defs) {
        Map<String, HazardEntity> current = hazards.selectList(new LambdaQueryWrapper<HazardEntity>().eq(HazardEntity::getLevelId, levelId))
                .stream().collect(Collectors.toMap(HazardEntity::getCode, Function.identity()));
        // hazards no longer in the file go, so a level keeps exactly its five; unless someone already found one
        Set<String> kept = defs.stream().map(QuizContent.HazardDef::code).collect(Collectors.toSet());
        List<HazardEntity> gone = current.values().stream().filter(h -> !kept.contains(h.getCode())).toList();
        if (!gone.isEmpty()) {
            List<Long> ids = gone.stream().map(HazardEntity::getId).toList();
            if (foundBefore.exists(new LambdaQueryWrapper<AttemptHazardEntity>().in(AttemptHazardEntity::getHazardId, ids))) {
                throw QuizErrorCodes.CONTENT_INVALID.exception("隐患点 " + gone.stream().map(HazardEntity::getCode).toList()
                        + " 已有人找到过，不能删除；请保留原编号修改内容");
            }
            hazards.deleteByIds(ids);
        }
        for (int i = 0; i < defs.size(); i++) {
            QuizContent.HazardDef def = defs.get(i);
            HazardEntity row = current.getOrDefault(def.code(), new HazardEntity());
            row.setLevelId(levelId);
            row.setCode(def.code());
            row.setSeq(i + 1);
            row.setName(def.name());
            row.setRegionJson(write(def.region()));
            row.setQuestionType(def.question().type());
            row.setQuestionText(def.question().text());
            row.setOptionsJson(write(def.question().options()));
            row.setAnswerKeys(String.join(",", def.question().answer().stream().sorted().toList()));
            row.setExplanation(def.question().explanation());
            if (row.getId() == null) {
                hazards.insert(row);
            } else {
                hazards.updateById(row);
            }
        }
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private String hash(QuizContent.LevelDef def) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            QuizContent.LevelDef withoutPicture = new QuizContent.LevelDef(null, def.code(), def.scene(), def.order(), def.title(), null, def.hazards());
            digest.update(write(withoutPicture).getBytes(StandardCharsets.UTF_8));
            digest.update(def.picture());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pictureKey(String levelCode, String hash) {
        return "quiz/levels/" + levelCode + "-" + hash.substring(0, 12) + ".png";
    }
}
