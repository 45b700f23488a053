package dev.wheelhouse.bench.startup;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians and the line that compares one with its floor and target. */
final class Figures {

    private Figures() {
    }

    static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static String ratioLine(String label, double floor, double value, String unit, double target) {
        double ratio = value / floor;
        return String.format("%-34s floor %8.0f %s   wheelhouse %8.0f %s   ratio %5.2fx   target <= %.2fx: %s",
                label, floor, unit, value, unit, ratio, target, ratio <= target ? "met" : "MISSED");
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
