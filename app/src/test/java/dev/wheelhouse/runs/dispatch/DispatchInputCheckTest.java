package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.workflow.DispatchInput;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DispatchInputCheckTest {

    private static final List<DispatchInput> DECLARED = List.of(
            new DispatchInput("target", "string", "what to build", true, null, List.of()),
            new DispatchInput("debug", "boolean", "", false, false, List.of()),
            new DispatchInput("jobs", "number", "", false, 4, List.of()),
            new DispatchInput("python", "choice", "", false, "3.12", List.of("3.11", "3.12", "3.13")),
            new DispatchInput("deploy-to", "environment", "", false, null, List.of()));

    private static List<InputProblem> problems(Map<String, String> given, Optional<List<String>> environments) {
        return assertThrows(InvalidInputsException.class,
                () -> DispatchInputCheck.check(DECLARED, given, environments)).problems();
    }

    @Test
    void validValuesAreSentAsStringsAndEmptyOptionalOnesLeftToTheirDefaults() {
        Map<String, Object> sent = DispatchInputCheck.check(DECLARED, Map.of("target", "wheels", "debug", "True",
                "jobs", "2.5", "python", "3.13", "deploy-to", ""), Optional.of(List.of("pypi")));

        assertEquals(Map.of("target", "wheels", "debug", "true", "jobs", "2.5", "python", "3.13"), sent);
    }

    @Test
    void everyProblemIsReportedAtOnceBesideItsInput() {
        List<InputProblem> problems = problems(Map.of("debug", "yes", "jobs", "four", "python", "2.7",
                "deploy-to", "staging", "colour", "red"), Optional.of(List.of("pypi", "testpypi")));

        assertEquals(List.of(
                new InputProblem("colour", "'colour' is not an input of this workflow on that ref; it has 'target', "
                        + "'debug', 'jobs', 'python', 'deploy-to'."),
                new InputProblem("target", "'target' is required."),
                new InputProblem("debug", "'debug' is true or false, not 'yes'."),
                new InputProblem("jobs", "'jobs' must be a number, not 'four'."),
                new InputProblem("python", "'python' must be one of 3.11, 3.12, 3.13; '2.7' is not."),
                new InputProblem("deploy-to", "'deploy-to' names the environment 'staging', which the repository does "
                        + "not have (it has pypi, testpypi).")), problems);
    }

    @Test
    void anUnknownEnvironmentListLeavesTheNameToGitHub() {
        assertEquals(Map.of("target", "x", "deploy-to", "staging"),
                DispatchInputCheck.check(DECLARED, Map.of("target", "x", "deploy-to", "staging"), Optional.empty()));
    }

    @Test
    void moreThanTwentyFiveInputsAreRefusedAsGitHubWould() {
        List<DispatchInput> many = new java.util.ArrayList<>();
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < 26; i++) {
            many.add(new DispatchInput("in" + i, "string", "", false, null, List.of()));
            given.put("in" + i, "v");
        }
        List<InputProblem> problems = assertThrows(InvalidInputsException.class,
                () -> DispatchInputCheck.check(many, given, Optional.empty())).problems();
        assertEquals(List.of(new InputProblem("", "GitHub accepts at most 25 inputs in one dispatch; this one has 26. "
                + "Leave optional inputs empty to use their defaults.")), problems);
    }
}
