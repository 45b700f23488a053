package dev.wheelhouse.ui.runs;

import dev.wheelhouse.runs.dispatch.DispatchRecord;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The run view's line saying how a run was dispatched from Wheelhouse: ref, time and inputs. */
final class DispatchLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT);

    private DispatchLines() {
    }

    static String of(DispatchRecord record) {
        return of(record, ZoneId.systemDefault());
    }

    static String of(DispatchRecord record, ZoneId zone) {
        String inputs = record.inputs().isEmpty() ? "no inputs"
                // Sorted: the order a map gives is no order the user chose.
                : "inputs " + new TreeMap<>(record.inputs()).entrySet().stream()
                        .map(DispatchLines::input).collect(Collectors.joining(", "));
        return "Dispatched from Wheelhouse on " + record.ref() + " at " + WHEN.format(record.at().atZone(zone))
                + " with " + inputs;
    }

    private static String input(Map.Entry<String, Object> entry) {
        Object value = entry.getValue();
        String text = String.valueOf(value);
        boolean quote = value instanceof String && (text.isEmpty() || text.contains(",") || text.contains(" "));
        return entry.getKey() + "=" + (quote ? "\"" + text + "\"" : text);
    }
}
