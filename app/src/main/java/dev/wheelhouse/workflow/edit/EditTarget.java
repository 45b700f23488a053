package dev.wheelhouse.workflow.edit;

import dev.wheelhouse.workflow.MatrixSpec;
import dev.wheelhouse.workflow.MatrixVector;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowJob;
import dev.wheelhouse.workflow.yaml.SourceText;
import dev.wheelhouse.workflow.yaml.YamlData;
import dev.wheelhouse.workflow.yaml.YamlEntry;
import dev.wheelhouse.workflow.yaml.YamlMapping;
import dev.wheelhouse.workflow.yaml.YamlNode;
import dev.wheelhouse.workflow.yaml.YamlSequence;

import java.util.List;
import java.util.Optional;

/** The matrix an edit applies to, located in the document, with user-facing refusals. */
final class EditTarget {

    final WorkflowDocument document;
    final SourceText source;
    final WorkflowJob job;
    final MatrixSpec spec;
    final YamlMapping matrix;

    private EditTarget(WorkflowDocument document, WorkflowJob job, MatrixSpec spec, YamlMapping matrix) {
        this.document = document;
        this.source = document.source();
        this.job = job;
        this.spec = spec;
        this.matrix = matrix;
    }

    static EditTarget of(WorkflowDocument document, String jobId) throws EditException {
        Optional<WorkflowJob> job = document.job(jobId);
        if (job.isEmpty()) {
            throw new EditException("There is no job '" + jobId + "' in this workflow; its jobs are "
                    + String.join(", ", document.jobs().stream().map(WorkflowJob::id).toList()) + ".");
        }
        Optional<MatrixSpec> spec = job.get().matrix();
        if (spec.isEmpty()) {
            throw new EditException("Job '" + jobId + "' has no strategy.matrix to edit.");
        }
        if (!(spec.get().node() instanceof YamlMapping matrix)) {
            throw new EditException("The matrix of job '" + jobId + "' is computed by an expression ("
                    + spec.get().expression().orElse("?") + ") and can only be edited as text.");
        }
        return new EditTarget(document, job.get(), spec.get(), matrix);
    }

    String text() {
        return source.text();
    }

    MatrixVector vector(String name) throws EditException {
        return spec.vector(name).orElseThrow(() -> new EditException("Job '" + job.id() + "' has no vector '" + name
                + "'; its vectors are " + (spec.vectorNames().isEmpty() ? "none" : String.join(", ", spec.vectorNames()))
                + "."));
    }

    /** The vector's value list, refusing one computed by an expression. */
    YamlSequence vectorValues(MatrixVector vector) throws EditException {
        if (vector.expression().isPresent() || !(vector.valueNode().resolved() instanceof YamlSequence seq)) {
            throw new EditException("Vector '" + vector.name() + "' is computed by an expression ("
                    + vector.expression().orElse("not a list") + ") and can only be edited as text.");
        }
        return seq;
    }

    /** The include or exclude list as written, if present; refusing one computed by an expression. */
    Optional<YamlSequence> list(EntryList which) throws EditException {
        Optional<YamlNode> node = matrix.get(which.key());
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get().resolved() instanceof YamlSequence seq)) {
            throw new EditException("The " + which.key() + " list of job '" + job.id()
                    + "' is computed by an expression and can only be edited as text.");
        }
        return Optional.of(seq);
    }

    int entryIndex(String key) {
        List<YamlEntry> entries = matrix.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (key.equals(YamlData.keyString(entries.get(i).key()))) {
                return i;
            }
        }
        return -1;
    }

    /** The raw text of a node (up to its last character). */
    String raw(YamlNode node) {
        return YamlData.sourceOf(node, source);
    }

    List<String> otherJobs() {
        return spec.sharedWith();
    }
}
