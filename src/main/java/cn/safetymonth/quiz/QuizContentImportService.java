package cn.safetymonth.quiz;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.storage.images.CleanImage;
import cn.safetymonth.storage.images.ImageIntake;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform admin replaces or adds levels from Excel (pictures as separate PNG files named by level code), and
 * questions of the quick test's bank (one sheet, one row per question).
 */
@Service
class QuizContentImportService {

    static final long MAX_PICTURE_BYTES = 2L * 1024 * 1024;

    private final QuizContentStore store;
    private final QuizCatalog catalog;
    private final ImageIntake intake;

    QuizContentImportService(QuizContentStore store, QuizCatalog catalog, ImageIntake intake) {
        this.store = store;
        this.catalog = catalog;
        this.intake = intake;
    }

    QuizWeb.ContentImportResp importExcel(AdminPrincipal admin, MultipartFile file, List<MultipartFile> pictures) throws IOException {
        QuizCatalog.CampaignView campaign = catalog.campaign().orElseThrow(() -> QuizErrorCodes.CONTENT_INVALID.exception("尚未加载答题活动"));
        Map<String, byte[]> uploaded = new HashMap<>();
        for (MultipartFile p : pictures == null ? List.<MultipartFile>of() : pictures) {
            String name = p.getOriginalFilename() == null ? "" : p.getOriginalFilename();
            if (name.toLowerCase().endsWith(".png")) {
                // through the image intake: a level's picture is shown to every player, so only its pixels are kept
                try (CleanImage picture = intake.take(p, "pictures（" + name + "）", intake.onlyPng(MAX_PICTURE_BYTES))) {
                    uploaded.put(name.substring(0, name.length() - 4), picture.bytes());
                }
            }
        }
        QuizExcelReader.Read read;
        try (InputStream in = file.getInputStream()) {
            read = QuizExcelReader.read(in, code -> uploaded.containsKey(code) ? uploaded.get(code) : store.storedPicture(code));
        }
        List<String> errors = new ArrayList<>(read.errors());
        errors.addAll(QuizContentValidator.validate(read.levels()));
        if (read.levels().isEmpty() && errors.isEmpty()) {
            errors.add("Excel 中没有关卡");
        }
        if (!errors.isEmpty()) {
            return new QuizWeb.ContentImportResp(0, 0, 0, errors);
        }
        QuizContent.CampaignDef def = new QuizContent.CampaignDef(campaign.code(), campaign.name(), campaign.theme(),
                campaign.startDate(), campaign.endDate(), campaign.channel());
        QuizContentStore.Saved saved = store.save(def, read.levels());
        catalog.changed();
        return new QuizWeb.ContentImportResp(saved.created(), saved.updated(), saved.unchanged(), List.of());
    }

    /** Questions of 测测你的"安全力": checked like a level's, and refused when one is a level's own question. */
    QuizWeb.ContentImportResp importQuickQuestions(AdminPrincipal admin, MultipartFile file) throws IOException {
        QuizExcelReader.ReadQuick read;
        try (InputStream in = file.getInputStream()) {
            read = QuizExcelReader.readQuick(in);
        }
        List<String> errors = new ArrayList<>(read.errors());
        errors.addAll(QuizContentValidator.validateQuick(read.questions(), catalog.levelQuestionTexts()));
        if (read.questions().isEmpty() && errors.isEmpty()) {
            errors.add("Excel 中没有题目");
        }
        if (!errors.isEmpty()) {
            return new QuizWeb.ContentImportResp(0, 0, 0, errors);
        }
        QuizContentStore.Saved saved = store.saveQuick(read.questions());
        catalog.changed();
        return new QuizWeb.ContentImportResp(saved.created(), saved.updated(), saved.unchanged(), List.of());
    }
}
