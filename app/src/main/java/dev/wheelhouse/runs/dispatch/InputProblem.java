package dev.wheelhouse.runs.dispatch;

/** What is wrong with one dispatch input, for the form to show beside the field. */
public record InputProblem(String input, String message) {
}
