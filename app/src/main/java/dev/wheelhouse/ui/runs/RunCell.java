package dev.wheelhouse.ui.runs;

import dev.wheelhouse.failures.FailureClass;
import dev.wheelhouse.ui.common.Heat;
import java.util.Optional;

/**
 * What one cell of the run grid shows.
 *
 * @param badge    the job's state: icon and word
 * @param time     its duration, or live elapsed time while it runs; empty while it has none
 * @param heat     the sccache hit rate's band, once the job's figures are in
 * @param rate     the rate as a short text ({@code 94 %}), empty while unknown
 * @param tooltip  the numbers on hover: the job, its runner, its cache figures
 * @param jobId    the run job in the cell, once GitHub has created it
 * @param jobCount jobs in the cell (duplicate matrix entries put more than one there)
 * @param failure  why the job failed, once read
 * @param highlighted the cell is one of the run summary's chosen reason
 */
public record RunCell(StatusBadge badge, String time, Optional<Heat> heat, String rate, String tooltip,
                      Optional<Long> jobId, int jobCount, Optional<FailureClass> failure, boolean highlighted) {

    public RunCell(StatusBadge badge, String time, Optional<Heat> heat, String rate, String tooltip,
                   Optional<Long> jobId, int jobCount) {
        this(badge, time, heat, rate, tooltip, jobId, jobCount, Optional.empty(), false);
    }

    /** The word under the icon: the failure's class once read ("compile error"), else the state. */
    public String word() {
        return failure.map(FailureClass::words).orElse(badge.word());
    }
}
