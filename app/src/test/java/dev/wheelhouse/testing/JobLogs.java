package dev.wheelhouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds job logs the way GitHub stores them (samples/sccache/README.md, "From step output to
 * a downloaded job log"): workflow commands turned into {@code ##[…]} lines, a UTC timestamp with
 * seven fraction digits before every line, CRLF line ends and a byte-order mark.
 */
public final class JobLogs {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final List<String> lines = new ArrayList<>();

    public static JobLogs start() {
        return new JobLogs();
    }

    /** A step header as the runner writes it, with the script and env lines it echoes. */
    public JobLogs step(String title, String... headerLines) {
        lines.add("##[group]Run " + title);
        for (String line : headerLines) {
            lines.add(line);
        }
        lines.add("##[endgroup]");
        return this;
    }

    /** Output lines as they are. */
    public JobLogs lines(String... output) {
        lines.addAll(List.of(output));
        return this;
    }

    /** Step output as an action wrote it to stdout, converted the way the runner converts it. */
    public JobLogs stepOutput(String stdout) {
        for (String line : stdout.split("\r?\n", -1)) {
            String converted = runnerForm(line);
            if (converted != null) {
                lines.add(converted);
            }
        }
        return this;
    }

    public JobLogs sample(String fileName) {
        return stepOutput(read(Samples.sccache().resolve(fileName)));
    }

    /** {@code count} lines of ordinary cargo output. */
    public JobLogs cargoNoise(int count) {
        for (int i = 0; i < count; i++) {
            lines.add("   \u001b[1m\u001b[32mCompiling\u001b[0m crate-" + i + " v0." + i % 10 + ".1");
        }
        return this;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The downloaded form: BOM, timestamps, CRLF. */
    public byte[] bytes() {
        StringBuilder out = new StringBuilder("\uFEFF");
        Instant t = Instant.parse("2024-03-01T12:00:00Z");
        for (String line : lines) {
            out.append(STAMP.format(t)).append(' ').append(line).append("\r\n");
            t = t.plus(Duration.ofNanos(1_234_500));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * actions/runner's treatment of workflow commands: {@code ::group::} and {@code ::endgroup::}
     * become {@code ##[group]}/{@code ##[endgroup]}, a notice loses its title and its escapes are
     * decoded, {@code ::error::} becomes {@code ##[error]}, and {@code ::debug::} is dropped
     * (step debug logging off).
     */
    public static String runnerForm(String line) {
        if (line.startsWith("::debug::")) {
            return null;
        }
        if (line.startsWith("::group::")) {
            return "##[group]" + line.substring("::group::".length());
        }
        if (line.startsWith("::endgroup::")) {
            return "##[endgroup]";
        }
        if (line.startsWith("::notice") || line.startsWith("::error") || line.startsWith("::warning")) {
            int end = line.indexOf("::", 2);
            int kindEnd = 2;
            while (Character.isLetter(line.charAt(kindEnd))) {
                kindEnd++;
            }
            String kind = line.substring(2, kindEnd);
            String message = line.substring(end + 2).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
            return "##[" + kind + "]" + message;
        }
        return line;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
