package cn.safetymonth.statistics;

import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.content.ContentFiles;
import cn.safetymonth.common.persistence.DuplicateKeys;
import cn.safetymonth.org.UnionDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A new campaign's table template, from the platform admin's upload: checked by the same reader the service starts with,
 * every mistake named with its place (item, line, blank); installed when it has none, so every union below can fill it
 * at once; withdrawn while nobody has handed it in. The forms shipped as files stay as the deployment ships them.
 */
@Service
class TemplateService {

    static final int MAX_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(TemplateService.class);

    private final FormRegistry forms;
    private final FormTemplateMapper templates;
    private final UnionDirectory directory;
    private final TransactionTemplate tx;

    TemplateService(FormRegistry forms, FormTemplateMapper templates, UnionDirectory directory, TransactionTemplate tx) {
        this.forms = forms;
        this.templates = templates;
        this.directory = directory;
        this.tx = tx;
    }

    /** What the template would be, and every error in it; nothing is written. */
    StatisticsWeb.TemplateCheckResp check(AdminPrincipal admin, MultipartFile file) throws IOException {
        return read(admin, file).answer();
    }

    /** Installs a template without errors under a code no form has; with errors, answers them and writes nothing. */
    StatisticsWeb.TemplateCheckResp install(AdminPrincipal admin, MultipartFile file) throws IOException {
        Upload upload = read(admin, file);
        if (upload.form() == null || !upload.errors().isEmpty()) {
            return upload.answer();
        }
        if (upload.codeInUse()) {
            throw StatisticsErrorCodes.TEMPLATE_CODE_IN_USE.exception();
        }
        FormTemplateEntity row = new FormTemplateEntity();
        row.setCode(upload.form().code());
        row.setFileName(upload.source());
        row.setSource(upload.text());
        DuplicateKeys.insertOr(() -> templates.insert(row), () -> {
            throw StatisticsErrorCodes.TEMPLATE_CODE_IN_USE.exception();
        });
        reloadAfter("installed " + row.getCode());
        return upload.answer();
    }

    /**
     * Takes an installed form back while no union has handed it in (a wrong upload), with whatever unions typed into it
     * and the reminders it sent, so the corrected form installed under the same code starts clean. Shipped forms stay.
     */
    void withdraw(AdminPrincipal admin, String code) {
        if (forms.isShipped(code)) {
            throw StatisticsErrorCodes.TEMPLATE_SHIPPED.exception();
        }
        tx.executeWithoutResult(s -> {
            if (templates.deleteUnsubmitted(code) == 0) {
                boolean exists = templates.exists(new LambdaQueryWrapper<FormTemplateEntity>().eq(FormTemplateEntity::getCode, code));
                throw (exists ? StatisticsErrorCodes.TEMPLATE_SUBMITTED : StatisticsErrorCodes.FORM_NOT_FOUND).exception();
            }
            templates.deleteManualValues(code);
            templates.deleteManualRollups(code);
            templates.deleteReminders(code);
        });
        reloadAfter("withdrew " + code);
    }

    /** The change is committed: if this instance can't re-read now, it does at its next refresh, like every other. */
    private void reloadAfter(String what) {
        try {
            forms.reload();
        } catch (RuntimeException e) {
            log.warn("statistics forms not re-read after a platform admin {}: {}", what, e.getClass().getSimpleName());
        }
    }

    private record Upload(String source, String text, Form form, List<String> errors, boolean codeInUse) {
        StatisticsWeb.TemplateCheckResp answer() {
            if (form == null) {
                return new StatisticsWeb.TemplateCheckResp(null, null, null, null, null, 0, 0, 0, false, errors);
            }
            List<Form.Blank> blanks = form.items().stream().flatMap(i -> i.lines().stream()).flatMap(l -> l.segments().stream())
                    .map(Form.Segment::blank).filter(Objects::nonNull).toList();
            long platform = blanks.stream().filter(b -> !b.terms().isEmpty()).count();
            return new StatisticsWeb.TemplateCheckResp(form.code(), form.title(), form.issuer(), form.start(), form.end(),
                    form.items().size(), (int) platform, (int) (blanks.size() - platform), codeInUse, errors);
        }
    }

    private Upload read(AdminPrincipal admin, MultipartFile file) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw StatisticsErrorCodes.TEMPLATE_TOO_LARGE.exception();
        }
        String name = file.getOriginalFilename();
        String source = name == null || name.isBlank() ? "模板" : name.replaceAll("[\\r\\n]", "");
        source = source.codePointCount(0, source.length()) > 200 ? source.substring(0, source.offsetByCodePoints(0, 200)) : source;
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw StatisticsErrorCodes.TEMPLATE_TOO_LARGE.exception();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw StatisticsErrorCodes.TEMPLATE_NOT_UTF8.exception();
        }
        List<String> errors = new ArrayList<>();
        Form form = FormFiles.read(source, bytes, errors);
        if (form != null && form.unionCode() != null && directory.all().stream().noneMatch(u -> u.code().equals(form.unionCode()))) {
            errors.add(ContentFiles.problem(source, "unionCode", "没有编码为 " + form.unionCode() + " 的工会，这张表将无人可填"));
        }
        boolean inUse = form != null && forms.find(form.code()).isPresent();
        return new Upload(source, text, form, errors, inUse);
    }

}
