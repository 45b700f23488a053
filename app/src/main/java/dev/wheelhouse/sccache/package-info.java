/**
 * sccache's figures and failures read from job logs: one streaming pass
 * ({@link dev.wheelhouse.sccache.SccacheLogScanner}) finds every statistics block (text, JSON or
 * sccache-action's notice, across sccache 0.2 to 0.15) and the lines that show a known failure;
 * {@link dev.wheelhouse.sccache.SccacheDiagnostician} names what went wrong with a stable
 * {@link dev.wheelhouse.sccache.DiagnosisCode}; {@link dev.wheelhouse.sccache.JobCacheSummary} and
 * {@link dev.wheelhouse.sccache.RunCacheSummary} add them up. Depends on {@code history} only (to
 * convert summaries to records); no HTTP, no JavaFX.
 */
package dev.wheelhouse.sccache;
