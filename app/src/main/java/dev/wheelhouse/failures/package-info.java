/**
 * Why a job failed: its log (and check-run annotations, when there are any) read in one streaming
 * pass over {@link dev.wheelhouse.logs.LogReader}, the failure classified with a stable vocabulary
 * ({@link dev.wheelhouse.failures.FailureClass}), with the failing step, the key line (number and
 * text), up to 20 lines of context, the compiler's file:line and one plain sentence with the next
 * step; and the same reason grouped across the jobs of a run. Built from what the tools really
 * print (rustc, gcc, clang, MSVC, ld, pip, pytest, auditwheel, delocate, delvewheel, cibuildwheel,
 * docker, QEMU, upload-artifact, PyPI, the GitHub runner). No JavaFX, no HTTP.
 */
package dev.wheelhouse.failures;
