/**
 * GitHub Actions expressions: {@link dev.wheelhouse.workflow.expr.ExpressionParser},
 * {@link dev.wheelhouse.workflow.expr.ExpressionEvaluator} (loose equality, case-insensitive
 * property access, {@code format}, {@code join}, {@code toJSON}, {@code fromJSON},
 * {@code contains}, {@code startsWith}, {@code endsWith}, {@code case}), strings with embedded
 * {@code ${{ }}} ({@link dev.wheelhouse.workflow.expr.ExpressionTemplate}), and
 * {@link dev.wheelhouse.workflow.expr.Unknown} for what only a run knows. Usable on its own, for
 * example to evaluate a job's {@code if} against a known context.
 */
package dev.wheelhouse.workflow.expr;
