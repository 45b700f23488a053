package dev.wheelhouse.sccache;

import dev.wheelhouse.logs.LogEncoding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one pass over a log found.
 *
 * @param blocks        the statistics blocks in log order (beyond {@link SccacheLogScanner#MAX_BLOCKS},
 *                      the earliest ones and the latest)
 * @param blocksOmitted blocks found but not kept because of that bound
 * @param findings      the first line of each known failure the log shows
 * @param evidence      what the log says about the job's intent (cache backend, container)
 * @param lines         lines read
 * @param bytes         bytes read
 * @param encoding      how the log encoded its text (a UTF-16 log is read too; a reader may say so)
 */
public record SccacheLogScan(List<SccacheStats> blocks, long blocksOmitted, List<LogFinding> findings,
                             LogEvidence evidence, long lines, long bytes, LogEncoding encoding) {

    public SccacheLogScan {
        blocks = List.copyOf(blocks);
        findings = List.copyOf(findings);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * The log's last reading of sccache's counters: the last text or JSON block with hits and
     * misses, or failing that the last notice. sccache's counters add up over the server's life,
     * so the last reading covers everything before it.
     */
    public Optional<SccacheStats> lastReading() {
        SccacheStats notice = null;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            SccacheStats b = blocks.get(i);
            if (!b.hasHitsAndMisses()) {
                continue;
            }
            if (b.format() != StatsFormat.NOTICE) {
                return Optional.of(b);
            }
            if (notice == null) {
                notice = b;
            }
        }
        return Optional.ofNullable(notice);
    }

    public boolean has(DiagnosisCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
