/**
 * A GitHub Actions workflow file as the maintainer wrote it, and its build matrices exactly as
 * GitHub expands them. No HTTP, no JavaFX.
 *
 * <h2>Reading</h2>
 * <ul>
 * <li>{@link dev.wheelhouse.workflow.WorkflowDocument#parse(String)} reads the text (throws
 *     {@link dev.wheelhouse.workflow.WorkflowParseException} with line, column and
 *     {@code userMessage()}); {@code text()} is the input, byte for byte. It exposes
 *     {@code name()}, {@code triggers()}, {@code hasTrigger("workflow_dispatch")},
 *     {@code dispatchInputs()} ({@link dev.wheelhouse.workflow.DispatchInput}), {@code jobs()},
 *     {@code job(id)}, {@code matrixJobs()} and file-level {@code problems()}.</li>
 * <li>{@link dev.wheelhouse.workflow.WorkflowJob}: {@code id()}, {@code name()} (raw, may hold
 *     {@code ${{ }}}), {@code needs()}, {@code ifCondition()}, {@code runsOn()}, {@code uses()}
 *     (reusable-workflow calls), {@code env()}, {@code steps()}, {@code strategy()},
 *     {@code matrix()}.</li>
 * <li>{@link dev.wheelhouse.workflow.MatrixSpec}: vectors in document order with typed values
 *     and nodes, include and exclude entries, {@code dynamicParts()} (expressions, shown
 *     read-only with their text), and for an aliased matrix the anchored {@code node()} where
 *     edits go plus the {@code sharedWith()} jobs.</li>
 * </ul>
 *
 * <h2>Expanding</h2>
 * <ul>
 * <li>{@link dev.wheelhouse.workflow.MatrixExpander#expand(MatrixSpec,
 *     dev.wheelhouse.workflow.expr.ExpressionContext)} gives a
 *     {@link dev.wheelhouse.workflow.MatrixExpansion}: {@code combinations()} (the matrix
 *     context of each job, in GitHub's order, values as GitHub types them: numbers are Doubles),
 *     {@code jobs()} with their origin, {@code excluded()}, {@code problems()},
 *     {@code dependsOnEvent()}, {@code dynamic()}, {@code count()}. Use
 *     {@code ExpressionContext.pushToBranch()} unless you know the event.</li>
 * <li>{@link dev.wheelhouse.workflow.JobNameRenderer#names(WorkflowJob, MatrixExpansion)} gives
 *     the display names GitHub shows, one per job, in order; reusable-workflow calls nest the
 *     called job names with {@code " / "}.</li>
 * <li>{@link dev.wheelhouse.workflow.JobMatrixReport#of} bundles expansion, names and every
 *     problem of a job ({@link dev.wheelhouse.workflow.Problem}: severity, line, column,
 *     message).</li>
 * </ul>
 *
 * <h2>Editing</h2>
 * {@link dev.wheelhouse.workflow.edit.MatrixEditor#apply(String,
 * dev.wheelhouse.workflow.edit.MatrixEdit)} applies one
 * {@link dev.wheelhouse.workflow.edit.MatrixEdit} and returns the new text, the changed region
 * and an inverse edit that restores the previous bytes exactly;
 * {@link dev.wheelhouse.workflow.edit.EditHistory} keeps undo and redo;
 * {@link dev.wheelhouse.workflow.edit.UnifiedDiff} renders a change.
 *
 * <p>Sub-packages: {@code yaml} (positioned YAML on SnakeYAML Engine's compose API),
 * {@code expr} (GitHub's expression language), {@code edit} (minimal-diff edits).
 */
package dev.wheelhouse.workflow;
