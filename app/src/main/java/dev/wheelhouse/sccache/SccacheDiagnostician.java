package dev.wheelhouse.sccache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names what went wrong with sccache in a job from one scan of its log, plus what is known about
 * the job ({@link JobContext}). Each code appears at most once, in vocabulary order.
 */
public final class SccacheDiagnostician {

    public List<Diagnosis> diagnose(SccacheLogScan scan) {
        return diagnose(scan, JobContext.UNKNOWN);
    }

    public List<Diagnosis> diagnose(SccacheLogScan scan, JobContext context) {
        Map<DiagnosisCode, Diagnosis> found = new EnumMap<>(DiagnosisCode.class);
        for (LogFinding f : scan.findings()) {
            if (f.code() == DiagnosisCode.SERVER_UNREACHABLE && scan.has(DiagnosisCode.VERSION_MISMATCH)) {
                continue;   // the mismatch hint explains the unreachable server
            }
            found.put(f.code(), new Diagnosis(f.code(), DiagnosisMessages.forFinding(f), f.evidence()));
        }
        Optional<SccacheStats> last = scan.lastReading();
        last.filter(SccacheStats::nothingCompiled).ifPresent(b -> found.put(DiagnosisCode.NO_COMPILATIONS,
                new Diagnosis(DiagnosisCode.NO_COMPILATIONS, DiagnosisMessages.noCompilations(), figures(b))));
        scan.blocks().stream().filter(SccacheStats::hasCacheErrors).findFirst().ifPresent(b ->
                found.put(DiagnosisCode.CACHE_ERRORS, new Diagnosis(DiagnosisCode.CACHE_ERRORS,
                        DiagnosisMessages.cacheErrors(b), errorFigures(b))));
        last.filter(SccacheDiagnostician::allRustcIncremental).ifPresent(b ->
                found.put(DiagnosisCode.INCREMENTAL_NOT_CACHEABLE, new Diagnosis(
                        DiagnosisCode.INCREMENTAL_NOT_CACHEABLE,
                        DiagnosisMessages.incremental(b.nonCacheableReasons().get("incremental")),
                        "Non-cacheable reasons: incremental " + b.nonCacheableReasons().get("incremental"))));
        LogEvidence evidence = scan.evidence();
        if (context.ghaCacheIntended() || evidence.ghaCacheRequested()) {
            scan.blocks().stream()
                    .filter(b -> b.cacheLocation() != null
                            && b.cacheLocation().kind() == CacheLocation.Kind.LOCAL_DISK)
                    .findFirst()
                    .ifPresent(b -> found.put(DiagnosisCode.LOCAL_DISK_CACHE, new Diagnosis(
                            DiagnosisCode.LOCAL_DISK_CACHE,
                            DiagnosisMessages.localDisk(context.containerBuild() || evidence.containerBuild(),
                                    evidence.cibwPassLinux()),
                            "Cache location " + b.cacheLocation().raw())));
        }
        if (context.containerBuild() || evidence.containerBuild()) {
            last.filter(SccacheDiagnostician::nothingRequested).ifPresent(b ->
                    found.put(DiagnosisCode.STATS_ON_HOST, new Diagnosis(DiagnosisCode.STATS_ON_HOST,
                            DiagnosisMessages.statsOnHost(), figures(b))));
        }
        List<Diagnosis> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparing(Diagnosis::code));
        return List.copyOf(result);
    }

    /** Rustc ran, but every call was turned away as incremental: no Rust hit or miss at all. */
    private static boolean allRustcIncremental(SccacheStats b) {
        Long incremental = b.nonCacheableReasons().get("incremental");
        if (incremental == null || incremental == 0) {
            return false;
        }
        LanguageStats rust = b.languages().get("Rust");
        return rust == null || (zeroOrNull(rust.hits()) && zeroOrNull(rust.misses()));
    }

    private static boolean nothingRequested(SccacheStats b) {
        return b.compileRequests() != null ? b.compileRequests() == 0 : b.nothingCompiled();
    }

    private static boolean zeroOrNull(Long value) {
        return value == null || value == 0;
    }

    private static String figures(SccacheStats b) {
        return b.format().wireName() + " block at line " + b.line() + ": "
                + (b.compileRequests() == null ? "" : b.compileRequests() + " compile requests, ")
                + b.hits() + " hits, " + b.misses() + " misses";
    }

    private static String errorFigures(SccacheStats b) {
        return b.format().wireName() + " block at line " + b.line() + ": " + DiagnosisMessages.errorCounts(b);
    }
}
