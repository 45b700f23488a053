package dev.wheelhouse.failures;

import dev.wheelhouse.testing.Samples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A failure log as GitHub serves it (a timestamp on every line, CRLF, colour codes) and with long
 * lines of other output above it reads as the plain log does: same class, the same key line moved
 * by the lines added, the same text without stamps or colours.
 */
class NoisyLogPropertiesTest {

    private static final Pattern SAMPLE_STAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ");

    /** How one run of the property dresses the sample. */
    record Dress(boolean stamps, boolean crlf, boolean colour, int longLinesAbove, int longLineLength) {
    }

    @Property(tries = 150)
    void stampsCrlfColoursAndLongLinesLeaveClassAndKeyLine(@ForAll("sample") Path sample, @ForAll("dress") Dress dress)
            throws IOException {
        byte[] plain = Files.readAllBytes(sample);
        Failure expected = read(plain).primary().orElseThrow();

        Failure found = read(dressed(plain, dress)).primary().orElseThrow();

        assertEquals(expected.failureClass(), found.failureClass(), dress::toString);
        assertEquals(expected.line() + dress.longLinesAbove(), found.line(), dress::toString);
        assertEquals(expected.text().strip(), found.text().strip(), dress::toString);
        assertEquals(expected.sourceLocation(), found.sourceLocation(), dress::toString);
    }

    private static byte[] dressed(byte[] plain, Dress dress) throws IOException {
        String[] lines = new String(plain, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length > 0 && lines[lines.length - 1].isEmpty()) {
            lines = Arrays.copyOf(lines, lines.length - 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length * 2);
        String end = dress.crlf() ? "\r\n" : "\n";
        long second = 0;
        // Minified output, a base64 blob: long, and with words a failure reader must not take for one.
        String filler = "var errorHandler=function(e){return e};".repeat(dress.longLineLength() / 30 + 1);
        for (int i = 0; i < dress.longLinesAbove(); i++) {
            write(out, stamp(dress, second++) + filler.substring(0, dress.longLineLength()) + end);
        }
        for (String line : lines) {
            String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            // A line of a real GitHub log has one stamp, first; colours are the tool's, inside the line.
            Matcher stamped = SAMPLE_STAMP.matcher(body);
            int at = stamped.lookingAt() ? stamped.end() : 0;
            if (dress.colour() && !body.isBlank()) {
                body = body.substring(0, at) + "\u001b[36;1m" + body.substring(at) + "\u001b[0m";
            }
            write(out, (at > 0 ? "" : stamp(dress, second)) + body + end);
            second++;
        }
        return out.toByteArray();
    }

    private static String stamp(Dress dress, long second) {
        if (!dress.stamps()) {
            return "";
        }
        return String.format("2024-03-01T12:%02d:%02d.%07dZ ", (second / 60) % 60, second % 60, second * 7919 % 10_000_000);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static FailureReport read(byte[] bytes) throws IOException {
        return new FailureReader().read(new ByteArrayInputStream(bytes), JobHints.NONE);
    }

    @Provide
    Arbitrary<Path> sample() throws IOException {
        try (Stream<Path> files = Files.list(Samples.failures())) {
            return Arbitraries.of(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }

    @Provide
    Arbitrary<Dress> dress() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3), Arbitraries.of(200, 5_000, 70_000, 300_000))
                .as(Dress::new);
    }
}
