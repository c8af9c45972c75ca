package cn.safetymonth.statistics;

import cn.safetymonth.common.CommonErrorCodes;
import cn.safetymonth.common.auth.AdminPrincipal;
import cn.safetymonth.common.auth.AdminRole;
import org.springframework.stereotype.Service;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a campaign's table template before it is put in the forms folder: the same reader the service starts with, so
 * what passes here loads, and every mistake is named with its place (item, line, blank). Nothing is installed from here:
 * templates are files the deployment ships, read at start-up on every instance alike.
 */
@Service
class TemplateCheckService {

    private final FormRegistry forms;

    TemplateCheckService(FormRegistry forms) {
        this.forms = forms;
    }

    StatisticsWeb.TemplateCheckResp check(AdminPrincipal admin, MultipartFile file) throws IOException {
        if (admin.role() != AdminRole.PLATFORM_ADMIN) {
            throw CommonErrorCodes.FORBIDDEN.exception("只有平台管理员可以检查统计表模板");
        }
        String name = file.getOriginalFilename();
        String source = name == null || name.isBlank() ? "模板" : name.replaceAll("[\\r\\n]", "");
        List<String> errors = new ArrayList<>();
        Form form;
        try (InputStream in = file.getInputStream()) {
            form = FormFiles.read(source, in, errors);
        }
        if (form == null) {
            return new StatisticsWeb.TemplateCheckResp(null, null, null, null, null, 0, 0, 0, false, errors);
        }
        List<Form.Blank> blanks = form.items().stream().flatMap(i -> i.lines().stream()).flatMap(l -> l.segments().stream())
                .map(Form.Segment::blank).filter(Objects::nonNull).toList();
        long platform = blanks.stream().filter(b -> !b.terms().isEmpty()).count();
        boolean inUse = forms.all().stream().anyMatch(f -> f.code().equals(form.code()));
        return new StatisticsWeb.TemplateCheckResp(form.code(), form.title(), form.issuer(), form.start(), form.end(),
                form.items().size(), (int) platform, (int) (blanks.size() - platform), inUse, errors);
    }
}
