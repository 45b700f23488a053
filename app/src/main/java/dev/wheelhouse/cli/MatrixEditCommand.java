package dev.wheelhouse.cli;

import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.MatrixValue;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.Problem;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.io.FileChangedOnDiskException;
import dev.wheelhouse.workflow.io.LoadedWorkflow;
import dev.wheelhouse.workflow.io.ReadOnlyFileException;
import dev.wheelhouse.workflow.io.WorkflowDisk;
import dev.wheelhouse.workflow.io.WorkflowFileException;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.edit.EditException;
import dev.wheelhouse.workflow.edit.EditResult;
import dev.wheelhouse.workflow.edit.MatrixEdit;
import dev.wheelhouse.workflow.edit.MatrixEditor;
import dev.wheelhouse.workflow.edit.UnifiedDiff;
import dev.wheelhouse.workflow.edit.ValueLiteral;
import dev.wheelhouse.workflow.expr.ExpressionContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code matrix edit FILE --job ID [--add V=VAL]… [--remove V=VAL]… [--exclude K=V,K=V]…
 * [--unexclude K=V,K=V]… [--dry-run]}: applies the edits in the order given, changing only the
 * matrix bytes, then writes the file atomically or prints the unified diff.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Edit a job's matrix with a minimal diff: only the bytes the edit must change are written.",
                "Values are YAML scalars: python=3.10 is the number 3.1, python='3.10' the string.",
                "Exit 0 when written, 1 when the edit cannot be made or would leave errors, 2 for usage errors."})
final class MatrixEditCommand implements Callable<Integer> {

    private record Step(String kind, String argument) {
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file.")
    private Path file;

    @Option(names = "--job", paramLabel = "ID", required = true, description = "The job whose matrix to edit.")
    private String jobId;

    @Option(names = "--dry-run", description = "Print the unified diff instead of writing the file.")
    private boolean dryRun;

    @Option(names = "--force", description = "Write the file even when it is read-only (its mode is kept).")
    private boolean force;

    private final List<Step> steps = new ArrayList<>();

    @Option(names = "--add", paramLabel = "VECTOR=VALUE", description = "Add a value to a vector.")
    void add(String argument) {
        steps.add(new Step("add", argument));
    }

    @Option(names = "--remove", paramLabel = "VECTOR=VALUE", description = "Remove a value from a vector.")
    void remove(String argument) {
        steps.add(new Step("remove", argument));
    }

    @Option(names = "--exclude", paramLabel = "K=V,K=V", description = "Exclude the jobs with these values.")
    void exclude(String argument) {
        steps.add(new Step("exclude", argument));
    }

    @Option(names = "--unexclude", paramLabel = "K=V,K=V", description = "Re-include excluded jobs with these values.")
    void unexclude(String argument) {
        steps.add(new Step("unexclude", argument));
    }

    @Override
    public Integer call() {
        if (steps.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Nothing to do: give --add, --remove, --exclude or --unexclude.");
        }
        LoadedWorkflow loaded;
        try {
            loaded = WorkflowFiles.read(file);
            WorkflowFiles.parse(loaded);
        } catch (WorkflowFiles.Failure e) {
            return fail(e.getMessage(), e.exitCode());
        }
        String original = loaded.text();
        String text = original;
        for (Step step : steps) {
            try {
                WorkflowDocument document = WorkflowDocument.parse(text);
                EditResult result = MatrixEditor.apply(document, edit(document, step));
                text = result.text();
            } catch (UsageError e) {
                return fail(e.getMessage(), 2);
            } catch (EditException e) {
                return fail("--" + step.kind() + " " + step.argument() + ": " + e.getMessage() + " Nothing was written.", 1);
            } catch (dev.wheelhouse.workflow.WorkflowParseException e) {
                return fail(e.userMessage(), 1);
            }
        }
        List<Problem> errors = errorsAfter(text);
        if (!errors.isEmpty()) {
            return fail("The edit would leave the matrix of '" + jobId + "' invalid: " + errors.get(0)
                    + ". Nothing was written.", 1);
        }
        if (dryRun) {
            String name = file.toString();
            spec.commandLine().getOut().print(UnifiedDiff.of(original, text, "a/" + name, "b/" + name));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            WorkflowDisk.write(loaded.path(), text, loaded.fingerprint(), force);
        } catch (FileChangedOnDiskException | ReadOnlyFileException e) {
            return fail(e.getMessage() + " Nothing was written.", 1);
        } catch (WorkflowFileException e) {
            return fail(e.getMessage(), 2);
        }
        spec.commandLine().getOut().println("Wrote " + file + ": " + countLine(text));
        return 0;
    }

    private List<Problem> errorsAfter(String text) {
        try {
            WorkflowDocument document = WorkflowDocument.parse(text);
            WorkflowJob job = document.job(jobId).orElseThrow();
            return JobMatrixReport.of(document, job, ExpressionContext.pushToBranch()).problems().stream()
                    .filter(Problem::isError).toList();
        } catch (dev.wheelhouse.workflow.WorkflowParseException e) {
            return List.of(new Problem(dev.wheelhouse.workflow.Severity.ERROR, e.line(), e.column(), e.problem()));
        }
    }

    private String countLine(String text) {
        try {
            WorkflowDocument document = WorkflowDocument.parse(text);
            JobMatrixReport r = JobMatrixReport.of(document, document.job(jobId).orElseThrow(),
                    ExpressionContext.pushToBranch());
            return "job '" + jobId + "' now runs " + r.expansion().count().getAsInt() + " jobs.";
        } catch (RuntimeException | dev.wheelhouse.workflow.WorkflowParseException e) {
            return "matrix of '" + jobId + "' updated.";
        }
    }

    /** A malformed argument: exit 2. */
    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    private MatrixEdit edit(WorkflowDocument document, Step step) throws UsageError, EditException {
        if (document.job(jobId).isEmpty()) {
            throw new UsageError(MatrixShowCommand.noSuchJob(document, jobId, file));
        }
        switch (step.kind()) {
            case "add": {
                Map.Entry<String, ValueLiteral> kv = pair(step.argument());
                return new MatrixEdit.AddValue(jobId, kv.getKey(), kv.getValue());
            }
            case "remove": {
                Map.Entry<String, ValueLiteral> kv = pair(step.argument());
                MatrixVector vector = document.job(jobId).get().matrix()
                        .flatMap(m -> m.vector(kv.getKey()))
                        .orElseThrow(() -> new EditException("Job '" + jobId + "' has no vector '" + kv.getKey() + "'."));
                List<MatrixValue> values = vector.values();
                for (int i = 0; i < values.size(); i++) {
                    if (Objects.equals(values.get(i).value(), kv.getValue().value())) {
                        return new MatrixEdit.RemoveValue(jobId, vector.name(), i);
                    }
                }
                throw new EditException(kv.getValue().text() + " is not a value of '" + vector.name()
                        + "' (quote it to mean a string, e.g. '3.10').");
            }
            case "exclude":
                return new MatrixEdit.ExcludeCombination(jobId, pairs(step.argument()));
            default:
                return new MatrixEdit.IncludeCombination(jobId, pairs(step.argument()));
        }
    }

    private static Map.Entry<String, ValueLiteral> pair(String argument) throws UsageError {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new UsageError("'" + argument + "' is not VECTOR=VALUE; write e.g. python=cp315.");
        }
        try {
            return Map.entry(argument.substring(0, eq).strip(), ValueLiteral.parse(argument.substring(eq + 1)));
        } catch (EditException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** {@code K=V,K=V}, where a comma inside quotes or brackets belongs to the value. */
    private static Map<String, ValueLiteral> pairs(String argument) throws UsageError {
        Map<String, ValueLiteral> result = new LinkedHashMap<>();
        for (String part : splitTopLevel(argument)) {
            Map.Entry<String, ValueLiteral> kv = pair(part);
            result.put(kv.getKey(), kv.getValue());
        }
        if (result.isEmpty()) {
            throw new UsageError("'" + argument + "' names no values; write e.g. os=windows-latest,python=cp314.");
        }
        return result;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }

    private int fail(String message, int code) {
        return ErrorLine.print(spec, message, code);
    }
}
