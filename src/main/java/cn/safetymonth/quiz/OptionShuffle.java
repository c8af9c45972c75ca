package cn.safetymonth.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * Options are shown in an order of their own for every attempt, under display keys A, B, C…, so a
 * script that learned "the answer is B" in one attempt learns nothing for the next. The order is
 * derived from the attempt's seed, so it is the same on every device and after an app restart.
 */
final class OptionShuffle {

    private static final String KEYS = "ABCDE";

    private OptionShuffle() {
    }

    record Shown(String key, String text) {
    }

    /** The options in display order, each under its display key. */
    static List<Shown> shown(long seed, long hazardId, List<QuizContent.OptionDef> options) {
        List<Integer> order = order(seed, hazardId, options);
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            shown.add(new Shown(String.valueOf(KEYS.charAt(i)), options.get(order.get(i)).text()));
        }
        return shown;
    }

    /** Display keys → original keys; null when a display key does not exist. */
    static List<String> toOriginal(long seed, long hazardId, List<QuizContent.OptionDef> options, List<String> displayKeys) {
        List<Integer> order = order(seed, hazardId, options);
        List<String> original = new ArrayList<>();
        for (String k : displayKeys) {
            int i = k == null || k.length() != 1 ? -1 : KEYS.indexOf(k.charAt(0));
            if (i < 0 || i >= order.size()) {
                return null;
            }
            original.add(options.get(order.get(i)).key());
        }
        return original;
    }

    /** Original keys → display keys, sorted: for telling the player the right answer in their own letters. */
    static List<String> toDisplay(long seed, long hazardId, List<QuizContent.OptionDef> options, List<String> originalKeys) {
        List<Integer> order = order(seed, hazardId, options);
        List<String> display = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (originalKeys.contains(options.get(order.get(i)).key())) {
                display.add(String.valueOf(KEYS.charAt(i)));
            }
        }
        return display;
    }

    /** A judged answer: the original keys chosen, sorted, and whether they are exactly the right ones. */
    record Judged(List<String> original, boolean correct) {
        String stored() {
            return String.join(",", original);
        }
    }

    /**
     * Judges display keys against a question as this attempt shows it. Refuses (400) keys that are not
     * shown, repeated keys, and more than one key for a single-choice or true/false question.
     */
    static Judged judge(long seed, long hazardId, QuestionType type, List<QuizContent.OptionDef> options, List<String> answer,
                        List<String> displayKeys) {
        List<String> original = toOriginal(seed, hazardId, options, displayKeys);
        if (original == null || new HashSet<>(original).size() != original.size()
                || (type != QuestionType.MULTIPLE && original.size() != 1)) {
            throw QuizErrorCodes.BAD_ANSWER.exception();
        }
        boolean correct = new HashSet<>(original).equals(new HashSet<>(answer));
        return new Judged(original.stream().sorted().toList(), correct);
    }

    /** The options as response objects, in this attempt's order. */
    static List<QuizWeb.OptionResp> view(long seed, long hazardId, List<QuizContent.OptionDef> options) {
        return shown(seed, hazardId, options).stream().map(o -> new QuizWeb.OptionResp(o.key(), o.text())).toList();
    }

    private static List<Integer> order(long seed, long hazardId, List<QuizContent.OptionDef> options) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        if (options.size() == 2 && "正确".equals(options.get(0).text()) && "错误".equals(options.get(1).text())) {
            return order; // 正确 / 错误 keep their usual order; the answer is in the words, not the letter
        }
        Collections.shuffle(order, new Random(mix(seed, hazardId)));
        return order;
    }

    /** A 64-bit finalizer: java.util.Random's first outputs for nearby seeds are correlated, mixed seeds are not. */
    private static long mix(long seed, long hazardId) {
        long z = seed * 0x9E3779B97F4A7C15L + hazardId;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
