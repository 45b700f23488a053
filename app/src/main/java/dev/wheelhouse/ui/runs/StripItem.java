package dev.wheelhouse.ui.runs;

import java.util.List;
import java.util.Optional;

/**
 * A job without a matrix, in the strip beside the grid ({@code needs} order).
 *
 * @param jobId the run job, once GitHub has created it
 */
public record StripItem(String name, StatusBadge badge, String time, List<String> needs, Optional<Long> jobId) {

    public StripItem {
        needs = List.copyOf(needs);
    }
}
