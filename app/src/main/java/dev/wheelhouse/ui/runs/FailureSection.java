package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.Annotation;
import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.failures.LogExcerpt;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The detail pane's "Why it failed": the class as icon and words, the failing step, the sentence
 * with the next step, the compiler's place, the check run's annotations (level, file:line,
 * message), and the excerpt around the key line with the key line marked; "Open log at this line".
 */
final class FailureSection {

    private FailureSection() {
    }

    /** @param openLogAt opens the job's log at a 1-based line (0: at the top) */
    static List<Node> of(JobFailures failures, LongConsumer openLogAt) {
        List<Node> nodes = new ArrayList<>();
        Failure f = failures.report().primary().orElse(null);
        if (f == null) {
            Label none = new Label("No known failure shows in the log or the annotations: read the failed step's "
                    + "last lines in the log.");
            none.setWrapText(true);
            none.setId("job-failure-class");
            nodes.add(none);
        } else {
            Label cls = new Label(f.failureClass().words() + (f.step() == null ? "" : " in step '" + f.step() + "'"),
                    new FontIcon(FailureTexts.icon(f.failureClass())));
            cls.setId("job-failure-class");
            cls.setWrapText(true);
            cls.getStyleClass().addAll("status-label", StatusBadge.FAILED.styleClass());
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.setId("job-failure-message");
            nodes.add(cls);
            nodes.add(message);
            if (f.sourceLocation() != null) {
                Label at = new Label("At " + f.sourceLocation());
                at.setId("job-failure-location");
                nodes.add(at);
            }
        }
        // Near the top: the pane scrolls, and the log is what the reader goes to next.
        Button open = new Button(f != null && f.hasLine() ? "Open log at line " + f.line() : "Open log",
                new FontIcon(Material2AL.ARTICLE));
        open.setId("job-failure-open-log");
        open.getStyleClass().add("small");
        long keyLine = f != null && f.hasLine() ? f.line() : 0;
        open.setOnAction(e -> openLogAt.accept(keyLine));
        nodes.add(open);
        if (failures.logProblem() != null) {
            Label problem = new Label("(" + failures.logProblem() + ")");
            problem.setWrapText(true);
            problem.getStyleClass().add("text-muted");
            nodes.add(problem);
        }
        if (!failures.annotations().isEmpty()) {
            nodes.add(title("Annotations"));
            VBox list = new VBox(2);
            list.setId("job-failure-annotations");
            for (Annotation a : failures.annotations()) {
                Label line = new Label(annotation(a), new FontIcon(switch (a.level()) {
                    case "failure" -> Material2AL.ERROR;
                    case "warning" -> Material2MZ.WARNING;
                    default -> Material2AL.INFO;
                }));
                line.setWrapText(true);
                line.getStyleClass().add("annotation-" + a.level());
                list.getChildren().add(line);
            }
            nodes.add(list);
        }
        if (f != null && f.hasLine()) {
            nodes.add(title("Log, around line " + f.line()));
            nodes.add(excerpt(f.context()));
        }
        return nodes;
    }

    /** {@code failure · src/orbit.rs:41 · mismatched types}; a workflow command's annotation has no place. */
    static String annotation(Annotation a) {
        boolean placed = a.path() != null && !a.path().isBlank() && !a.path().equals(".github");
        return a.level() + (placed ? " · " + a.path() + ":" + a.line() : "") + " · "
                + (a.title() == null || a.message().contains(a.title()) ? "" : a.title() + ": ") + a.message();
    }

    private static Node excerpt(LogExcerpt context) {
        VBox box = new VBox();
        box.setId("job-failure-excerpt");
        box.getStyleClass().add("failure-excerpt");
        for (int i = 0; i < context.lines().size(); i++) {
            long number = context.firstLine() + i;
            boolean key = i == context.keyIndex();
            Label line = new Label(String.format("%6d %s %s", number, key ? "▶" : " ",
                    FailureTexts.shorten(context.lines().get(i))));
            line.setMaxWidth(Double.MAX_VALUE);
            if (key) {
                line.setId("job-failure-key-line");
                line.getStyleClass().add("failure-key-line");
            }
            box.getChildren().add(line);
        }
        return box;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
