package dev.wheelhouse.runs.dispatch;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/** Names for the branch a matrix edit is pushed to, and git's rules for branch names. */
public final class BranchNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x20~^:?*\\[\\\\\\x7f]");

    private BranchNames() {
    }

    /** {@code wheelhouse/<workflow file stem>-<yyyyMMdd-HHmm>} in the clock's time zone. */
    public static String suggest(String workflowPath, Clock clock) {
        String file = workflowPath.substring(workflowPath.lastIndexOf('/') + 1);
        String stem = file.replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        if (stem.isEmpty() || stem.startsWith(".")) {
            stem = "workflow" + stem;
        }
        return "wheelhouse/" + stem + "-" + STAMP.format(clock.instant().atZone(clock.getZone()));
    }

    /**
     * Why git would refuse {@code name} as a branch (https://git-scm.com/docs/git-check-ref-format),
     * or empty when it is fine.
     */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the new branch a name.");
        }
        if (FORBIDDEN.matcher(name).find()) {
            return Optional.of("A branch name cannot contain spaces or any of ~ ^ : ? * [ \\.");
        }
        if (name.contains("..") || name.contains("@{") || name.contains("//") || name.startsWith("/")
                || name.endsWith("/") || name.endsWith(".") || name.endsWith(".lock") || name.startsWith("-")
                || name.equals("@") || name.contains("/.") || name.startsWith(".")) {
            return Optional.of("'" + name + "' is not a valid branch name (no '..', '@{', '//', leading '-' or '.', "
                    + "or trailing '/', '.' or '.lock').");
        }
        return Optional.empty();
    }
}
