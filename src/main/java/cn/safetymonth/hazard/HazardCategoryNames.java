package cn.safetymonth.hazard;

import org.springframework.stereotype.Component;

/** The names of hazard categories, for other modules' labels (the statistics drill-down): "EBIKE_CHARGING" → its label. */
@Component
public class HazardCategoryNames {

    private final HazardCategories categories;

    HazardCategoryNames(HazardCategories categories) {
        this.categories = categories;
    }

    public String label(String code) {
        return categories.label(code);
    }
}
