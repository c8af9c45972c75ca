package cn.safetymonth.hazard;

import cn.safetymonth.common.content.ContentFiles;
import cn.safetymonth.quiz.Scene;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The category list, kept as data in config/hazard/categories.yml; a bad file stops the start with the entry named. */
@Component
class HazardCategories {

    record CategoriesFile(@NotEmpty List<@NotNull @Valid Category> categories) {
    }

    /** {@code code} is stored with each report: never rename one in use. */
    record Category(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "须为 2–32 位大写字母、数字或下划线，以字母开头") String code,
                    @NotBlank @Size(max = 20) String label,
                    @Size(max = 60) String hint) {
    }

    private final Map<String, Category> byCode;

    HazardCategories(HazardProperties props) {
        this.byCode = load(Path.of(props.categoriesFile()));
    }

    List<Category> all() {
        return List.copyOf(byCode.values());
    }

    Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    String label(String code) {
        return find(code).map(Category::label).orElse(code);
    }

    static Map<String, Category> load(Path file) {
        List<String> errors = new ArrayList<>();
        CategoriesFile read = ContentFiles.read(file, file.toString(), CategoriesFile.class, errors);
        Map<String, Category> out = new LinkedHashMap<>();
        if (read != null) {
            for (int i = 0; i < read.categories().size(); i++) {
                Category c = read.categories().get(i);
                if (out.putIfAbsent(c.code(), c) != null) {
                    errors.add(file + "：字段 categories[" + (i + 1) + "].code：" + c.code() + " 重复");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("hazard categories refused: " + String.join("; ", errors));
        }
        return out;
    }

    /** The categories and scenes as the pickers show them, to workers and to staff filtering the queue alike. */
    HazardWeb.CategoriesResp view() {
        return new HazardWeb.CategoriesResp(
                all().stream().map(c -> new HazardWeb.CategoryResp(c.code(), c.label(), c.hint())).toList(),
                Arrays.stream(Scene.values()).map(s -> new HazardWeb.SceneResp(s, s.label())).toList());
    }
}
