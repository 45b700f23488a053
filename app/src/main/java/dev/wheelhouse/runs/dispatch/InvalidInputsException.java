package dev.wheelhouse.runs.dispatch;

import java.util.List;

/** Inputs that GitHub would refuse, caught before sending. */
public final class InvalidInputsException extends DispatchException {

    private final List<InputProblem> problems;

    public InvalidInputsException(List<InputProblem> problems) {
        super("Not dispatched: " + String.join(" ", problems.stream().map(InputProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
