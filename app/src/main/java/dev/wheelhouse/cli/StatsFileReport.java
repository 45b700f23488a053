package dev.wheelhouse.cli;

import dev.wheelhouse.sccache.Diagnosis;
import dev.wheelhouse.sccache.JobCacheSummary;
import dev.wheelhouse.sccache.SccacheLogScan;

import java.util.List;

/** What `stats` found in one file: its blocks, its diagnoses and the job's totals. */
record StatsFileReport(String path, SccacheLogScan scan, List<Diagnosis> diagnoses, JobCacheSummary job) {

    StatsFileReport {
        diagnoses = List.copyOf(diagnoses);
    }
}
