package dev.wheelhouse.github;

import java.util.Map;
import java.util.Optional;

/** The process environment, behind an interface so tests decide what it holds. */
@FunctionalInterface
public interface Environment {

    /** A variable's value; blank values count as unset. */
    Optional<String> variable(String name);

    static Environment system() {
        return name -> Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> Optional.ofNullable(copy.get(name)).filter(v -> !v.isBlank());
    }
}
