package dev.wheelhouse.failures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups the failed jobs of a run by reason: the same class at the same place with the same words
 * (numbers aside: sizes, durations and ids differ from cell to cell) is one reason. The largest
 * group comes first.
 */
public final class FailureGroups {

    /** What precedes a message on a compiler's line: {@code path:41:5: error: }, {@code error[E0308]: }. */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(?:##\\[error\\])?(?:.*?:\\d+(?::\\d+)?: |.*?\\(\\d+(?:,\\d+)?\\)\\s?: )?(?:fatal )?(?:error|ERROR|Error)(?:\\[\\w+\\]| C\\d{4})?:\\s*");
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final int MAX_GIST = 90;

    private FailureGroups() {
    }

    public static List<FailureGroup> of(List<JobFailures> jobs) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, FailureGroup> first = new LinkedHashMap<>();
        for (JobFailures job : jobs) {
            Failure f = job.report().primary().orElse(null);
            FailureClass cls = f == null ? FailureClass.UNKNOWN : f.failureClass();
            String reason = f == null ? "" : reason(f);
            String key = cls + "|" + NUMBERS.matcher(reason).replaceAll("#");
            names.computeIfAbsent(key, k -> new ArrayList<>()).add(job.jobName());
            first.putIfAbsent(key, new FailureGroup(cls, reason, List.of()));
        }
        List<FailureGroup> groups = new ArrayList<>();
        first.forEach((key, g) -> groups.add(new FailureGroup(g.failureClass(), g.reason(), names.get(key))));
        groups.sort(Comparator.comparingInt((FailureGroup g) -> g.jobNames().size()).reversed());
        return List.copyOf(groups);
    }

    /** {@code src/orbit.rs:41 `mismatched types`}: the place, and the key line's words without its label. */
    static String reason(Failure f) {
        String gist = LEADING_LABEL.matcher(f.text().strip()).replaceFirst("");
        if (gist.length() > MAX_GIST) {
            gist = gist.substring(0, MAX_GIST - 1) + "…";
        }
        // rustc on Windows writes src\orbit.rs: the same place as src/orbit.rs on the other runners.
        String where = f.sourceLocation() == null ? "" : f.sourceLocation().toString().replace('\\', '/') + " ";
        return gist.isEmpty() ? where.strip() : where + "`" + gist + "`";
    }
}
