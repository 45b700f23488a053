package dev.wheelhouse.logs;

/**
 * Follows which job step and which log group the scan is in. In a job log GitHub opens each
 * step with {@code ##[group]Run <action or first script line>} and closes that header group at
 * once; post steps begin {@code Post job cleanup.}. Other groups ({@code ##[group]Get human-readable
 * stats}, or {@code ::group::…} in raw step output) are groups inside the current step.
 */
public final class StepTracker {

    private String step;
    private String group;

    /** The step the scan is in (GitHub's {@code Run <name>} header without {@code Run}), null before the first. */
    public String step() {
        return step;
    }

    /** The group inside the step, null outside one. */
    public String group() {
        return group;
    }

    /** Updates the position from a marker line; true if {@code body} was one. */
    public boolean offer(String body) {
        if (body.startsWith("##[group]")) {
            open(body.substring("##[group]".length()));
            return true;
        }
        if (body.startsWith("::group::")) {
            open(body.substring("::group::".length()));
            return true;
        }
        if (body.startsWith("##[endgroup]") || body.startsWith("::endgroup::")) {
            group = null;
            return true;
        }
        if (body.startsWith("Post job cleanup.")) {
            step = "Post job cleanup";
            group = null;
            return true;
        }
        if (body.startsWith("Post Run ")) {
            step = body.strip();
            group = null;
            return true;
        }
        return false;
    }

    private void open(String name) {
        String title = name.strip();
        if (title.startsWith("Run ")) {
            step = title.substring(4).strip();
            group = null;
        } else {
            group = title.isEmpty() ? null : title;
        }
    }
}
