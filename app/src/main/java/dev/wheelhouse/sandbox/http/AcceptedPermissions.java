package dev.wheelhouse.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code X-Accepted-GitHub-Permissions} value: sets of permissions separated by {@code ;},
 * any one of which is enough, each a {@code ,}-separated list of {@code name=level}
 * (https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api#resource-not-accessible).
 * {@code write} includes {@code read} and {@code admin} both; every fine-grained token can read
 * metadata, which GitHub adds to any token that has a repository permission.
 */
record AcceptedPermissions(List<Map<String, String>> alternatives) {

    private static final List<String> LEVELS = List.of("read", "write", "admin");

    AcceptedPermissions {
        alternatives = List.copyOf(alternatives);
    }

    static AcceptedPermissions parse(String header) {
        List<Map<String, String>> sets = new ArrayList<>();
        for (String set : header.split(";")) {
            Map<String, String> needed = new LinkedHashMap<>();
            for (String pair : set.split(",")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length == 2) {
                    needed.put(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip().toLowerCase(Locale.ROOT));
                }
            }
            if (!needed.isEmpty()) {
                sets.add(needed);
            }
        }
        return new AcceptedPermissions(sets);
    }

    /** Nothing accepted means nothing needed (GET /user, GET /rate_limit). */
    boolean satisfiedBy(Map<String, String> granted) {
        return alternatives.isEmpty() || alternatives.stream().anyMatch(set -> set.entrySet().stream()
                .allMatch(need -> covers(granted, need.getKey(), need.getValue())));
    }

    private static boolean covers(Map<String, String> granted, String name, String level) {
        String have = granted.get(name);
        if (have == null) {
            return name.equals("metadata") && level.equals("read") && !granted.isEmpty();
        }
        return LEVELS.indexOf(have) >= LEVELS.indexOf(level) && LEVELS.contains(level);
    }
}
