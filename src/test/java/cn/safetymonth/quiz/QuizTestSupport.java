package cn.safetymonth.quiz;

import com.fasterxml.jackson.databind.JsonNode;

/** For tests of other modules that need a real play: a point inside a hazard's region, as QuizIT finds one. */
public final class QuizTestSupport {

    private QuizTestSupport() {
    }

    public static double[] inside(JsonNode region) {
        return QuizIT.center(region);
    }
}
