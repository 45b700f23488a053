package dev.wheelhouse.sccache;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sccache-action's notice, {@code NN% - X hits, Y misses, Z errors}, in the three forms a log can
 * hold it: the workflow command it writes ({@code ::notice title=sccache stats - job::88%25 - …},
 * where {@code %25} escapes {@code %}), the job-log line the runner turns it into
 * ({@code ##[notice]88% - …}), and the web log view's {@code Notice: 88% - …}. From v0.0.10 the
 * nouns are singular for a count of 1.
 */
final class NoticeParser {

    /** The notice's own text, as sccache-action formats it. */
    private static final String FIGURES =
            "(\\d{1,3})(?:%25|%) - (\\d{1,18}) hits?, (\\d{1,18}) miss(?:es)?, (\\d{1,18}) errors?\\b";
    private static final Pattern NOTICE =
            Pattern.compile("(?:::notice(?: [^:]*)?::|##\\[notice\\]|Notice: ?)\\s*" + FIGURES);
    private static final Pattern MESSAGE = Pattern.compile("\\s*" + FIGURES + "\\s*");

    private NoticeParser() {
    }

    /** The notice's figures, or null when {@code body} is no sccache-action notice. */
    static SccacheStats parse(String body, long line, String step, String group) {
        if (body.length() < 20 || (body.charAt(0) != ':' && body.charAt(0) != '#' && body.charAt(0) != 'N')) {
            return null;
        }
        Matcher m = NOTICE.matcher(body);
        return m.lookingAt() ? figures(m, line, step, group) : null;
    }

    /** A notice's message on its own (an annotation's {@code message}); null if it is not one. */
    static SccacheStats parseMessage(String message, String step) {
        Matcher m = MESSAGE.matcher(message);
        return m.matches() ? figures(m, 0, step, null) : null;
    }

    private static SccacheStats figures(Matcher m, long line, String step, String group) {
        StatsBuilder b = new StatsBuilder(StatsFormat.NOTICE, line, step, group);
        b.hits = Long.parseLong(m.group(2));
        b.misses = Long.parseLong(m.group(3));
        b.errors = Long.parseLong(m.group(4));
        b.printedRate = HitRate.notice(Integer.parseInt(m.group(1)), b.hits, b.misses, b.errors);
        return b.build();
    }
}
