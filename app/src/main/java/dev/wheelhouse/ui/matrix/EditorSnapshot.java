package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.cibw.WheelPlan;
import dev.wheelhouse.cibw.WheelPlanner;
import dev.wheelhouse.cibw.WorkflowWheels;
import dev.wheelhouse.workflow.JobMatrixReport;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;
import dev.wheelhouse.workflow.edit.UnifiedDiff;

import java.util.List;
import java.util.Optional;

/**
 * Everything the editor shows for one version of the text, computed off the FX thread: the
 * parsed document, the report of every matrix job, the selected one with the wheels its jobs
 * build, and the diff against the text as loaded.
 */
record EditorSnapshot(String text, WorkflowDocument document, List<JobMatrixReport> reports,
                      Optional<JobMatrixReport> selected, List<WheelPlan> wheels, Optional<String> wheelsProblem,
                      String diff) {

    EditorSnapshot {
        reports = List.copyOf(reports);
        wheels = List.copyOf(wheels);
    }

    /** Parses and reports; the expensive part of every load and edit. */
    static EditorSnapshot compute(String text, String selectedJobId, String loadedText, String fileName,
                                  ProjectFiles project) throws WorkflowParseException {
        return compute(WorkflowDocument.parse(text), selectedJobId, loadedText, fileName, project);
    }

    /** For a document already parsed (an edit's result): a 5 MB file is not parsed twice. */
    static EditorSnapshot compute(WorkflowDocument document, String selectedJobId, String loadedText, String fileName,
                                  ProjectFiles project) {
        String text = document.text();
        List<JobMatrixReport> reports = JobMatrixReport.forMatrixJobs(document);
        Optional<JobMatrixReport> selected = reports.stream()
                .filter(r -> r.job().id().equals(selectedJobId))
                .findFirst()
                .or(() -> reports.stream().findFirst());
        List<WheelPlan> wheels = List.of();
        Optional<String> wheelsProblem = Optional.empty();
        try {
            wheels = selected
                    .map(r -> new WorkflowWheels(new WheelPlanner(project)).plan(document, r.job(), r.expansion()))
                    .orElse(List.of());
        } catch (RuntimeException e) {
            // The wheel list is a help, not the document: a pyproject that cannot be read must not
            // stop the matrix from opening.
            wheelsProblem = Optional.of("Wheels unknown: " + e.getMessage());
        }
        String diff = text.equals(loadedText) ? "" : UnifiedDiff.of(loadedText, text, "a/" + fileName, "b/" + fileName);
        return new EditorSnapshot(text, document, reports, selected, wheels, wheelsProblem, diff);
    }
}
