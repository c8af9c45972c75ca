package cn.safetymonth.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * The taps and answers of one attempt, in order, as its row keeps them: entries separated by {@code ;}, each with the
 * milliseconds since the attempt started. A tap is {@code t<ms>,<x>,<y>,<result>} with x and y in ten-thousandths of
 * the picture and result {@code m} (nothing there), {@code h<seq>} (found hazard seq) or {@code r<seq>} (found again);
 * an answer is {@code a<ms>,<seq>,<c|w>}. Example: {@code t2310,4200,6100,h3;a9120,3,c;t15002,1200,800,m;}.
 */
final class Moves {

    enum Kind { TAP, ANSWER }

    enum Result { MISS, HIT, AGAIN }

    /** One move; for a tap {@code seq} is the hazard found (0 for a miss), for an answer the hazard answered. */
    record Move(Kind kind, long atMs, double x, double y, Result result, int seq, boolean correct) {

        boolean freshTap() {
            return kind == Kind.TAP && result != Result.AGAIN;
        }
    }

    private Moves() {
    }

    static String tap(long atMs, double x, double y, Result result, int seq) {
        String r = switch (result) {
            case MISS -> "m";
            case HIT -> "h" + seq;
            case AGAIN -> "r" + seq;
        };
        return "t" + atMs + "," + Math.round(x * 10_000) + "," + Math.round(y * 10_000) + "," + r + ";";
    }

    static String answer(long atMs, int seq, boolean correct) {
        return "a" + atMs + "," + seq + "," + (correct ? "c" : "w") + ";";
    }

    static List<Move> parse(String log) {
        List<Move> out = new ArrayList<>();
        if (log == null || log.isEmpty()) {
            return out;
        }
        for (String entry : log.split(";")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] f = entry.substring(1).split(",");
            if (entry.charAt(0) == 't') {
                char r = f[3].charAt(0);
                Result result = r == 'm' ? Result.MISS : r == 'h' ? Result.HIT : Result.AGAIN;
                out.add(new Move(Kind.TAP, Long.parseLong(f[0]), Integer.parseInt(f[1]) / 10_000.0, Integer.parseInt(f[2]) / 10_000.0,
                        result, r == 'm' ? 0 : Integer.parseInt(f[3].substring(1)), false));
            } else {
                out.add(new Move(Kind.ANSWER, Long.parseLong(f[0]), 0, 0, null, Integer.parseInt(f[1]), "c".equals(f[2])));
            }
        }
        return out;
    }

    /** Taps that found nothing: counted from the log itself, so no other store has to agree with it. */
    static int misses(String log) {
        int n = 0;
        for (int i = log.indexOf(",m;"); i >= 0; i = log.indexOf(",m;", i + 3)) {
            n++;
        }
        return n;
    }

    static int taps(String log) {
        int n = 0;
        for (int i = 0; i < log.length(); i++) {
            if (log.charAt(i) == 't' && (i == 0 || log.charAt(i - 1) == ';')) {
                n++;
            }
        }
        return n;
    }
}
