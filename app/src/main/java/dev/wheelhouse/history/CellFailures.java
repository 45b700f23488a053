package dev.wheelhouse.history;

import java.util.Map;
import java.util.Objects;

/**
 * How often one cell (a job, by its name) failed over a workflow's last runs, and with what:
 * "windows-latest cp312: test-failure in 3 of the last 10 runs".
 *
 * @param runs     runs of the window in which the job ran
 * @param failed   of those, the runs in which it failed
 * @param byClass  failures by class code, the most frequent first; a failure not yet read is {@code unknown}
 */
public record CellFailures(String jobName, int runs, int failed, Map<String, Integer> byClass) {

    public CellFailures {
        Objects.requireNonNull(jobName, "jobName");
        byClass = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byClass));
    }

    /** The class it failed with most often, or null when it never failed. */
    public String mostFrequentClass() {
        return byClass.isEmpty() ? null : byClass.keySet().iterator().next();
    }

    /** {@code test-failure in 3 of the last 10 runs}. */
    public String describe() {
        if (failed == 0) {
            return "no failure in the last " + runs + (runs == 1 ? " run" : " runs");
        }
        String cls = mostFrequentClass();
        int n = byClass.get(cls);
        String more = failed > n ? " (" + failed + " failures in all)" : "";
        return cls + " in " + n + " of the last " + runs + (runs == 1 ? " run" : " runs") + more;
    }
}
