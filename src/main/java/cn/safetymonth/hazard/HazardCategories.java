package cn.safetymonth.hazard;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The category list, kept as data in config/hazard/categories.yml; a bad file stops the start with the entry named. */
@Component
class HazardCategories {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    record Category(String code, String label, String hint) {
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
        Object doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + ": cannot read the hazard category list");
        }
        if (!(doc instanceof Map<?, ?> root) || !(root.get("categories") instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalStateException(file + ": expected a non-empty list under 'categories'");
        }
        Map<String, Category> out = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> e = entries.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String code = String.valueOf(e.get("code"));
            Object label = e.get("label");
            if (!CODE.matcher(code).matches()) {
                errors.add("entry " + (i + 1) + ": code must match " + CODE.pattern());
            } else if (!(label instanceof String l) || l.isBlank() || l.length() > 20) {
                errors.add("entry " + (i + 1) + " (" + code + "): label must be 1–20 characters");
            } else if (out.putIfAbsent(code, new Category(code, l, e.get("hint") == null ? null : String.valueOf(e.get("hint")))) != null) {
                errors.add("entry " + (i + 1) + ": code " + code + " appears twice");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(file + ": " + String.join("; ", errors));
        }
        return out;
    }
}
