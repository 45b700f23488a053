package dev.wheelhouse.failures;

import dev.wheelhouse.logs.Ansi;
import dev.wheelhouse.logs.StepTracker;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte-level check that lets the failure reader pass over a line undecoded must never pass
 * over one its decoded text would have used: a symptom, a step or group marker, a phase.
 */
class WorthReadingPropertiesTest {

    /** Pieces a line is made of: parts of literals and markers, escapes, NULs, odd UTF-8, blanks. */
    private static final List<byte[]> PIECES = pieces(
            "error", "err", "or:", "error[E", "0308]", "undefined ", "reference to `", "Killed", "FAIL", "ED",
            "##[group]", "##[", "group]Run ", "::group::", "::end", "group::", "Post ", "job cleanup.", "Run ",
            "Testing wheel", "Building", " wheel", "= test session starts =", "sccache", "not ", "found",
            "thiserror", "ndarray", " ", "\t", "\f", "x", "ld", ": ", "`", "\u001b[0m", "\u001b[1;31m", "\u001b",
            "\u001b[", "\u001bq", "\u0000", "é", "\u2003", "\ufffd", "Process completed with exit code 1.");

    private static List<byte[]> pieces(String... texts) {
        List<byte[]> all = new java.util.ArrayList<>();
        for (String t : texts) {
            all.add(t.getBytes(StandardCharsets.UTF_8));
        }
        all.add(new byte[] {(byte) 0xC3});          // a lead byte without its continuation
        all.add(new byte[] {(byte) 0x80, (byte) 0xBF});
        all.add(new byte[] {0x1B, (byte) 0xE2, (byte) 0x80, (byte) 0x83});
        all.add(new byte[] {0x1B, (byte) 0xF8, (byte) 0x80});
        return all;
    }

    @Provide
    Arbitrary<byte[]> lines() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(list -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            list.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Property(tries = 3000)
    void aLinePassedOverShowsNothingTheReaderUses(@ForAll("lines") byte[] line) {
        if (Symptoms.worthReading(line, 0, line.length)) {
            return;
        }
        String body = Ansi.strip(new String(line, StandardCharsets.UTF_8)).strip();
        assertNull(Symptoms.best(body, false), body);
        assertNull(Symptoms.best(body, true), body);
        assertFalse(new StepTracker().offer(body), body);
        for (String phase : List.of("Testing wheel", "Start testing", "Building wheel", "Repairing wheel")) {
            assertFalse(body.startsWith(phase), body);
        }
        assertFalse(body.contains(" test session starts "), body);
    }

    /** Every symptom's literal, whole or split by colour codes or NULs, in any surroundings, is worth reading. */
    @Property(tries = 3000)
    void aLiteralSplitByAnEscapeIsStillSeen(@ForAll("literals") String literal, @ForAll("cuts") double cut,
                                            @ForAll("splitters") String splitter, @ForAll("plain") String before,
                                            @ForAll("plain") String after) {
        int at = (int) (cut * literal.length());
        String line = literal.substring(0, at) + splitter + literal.substring(at);
        byte[] b = (before + " " + line + " " + after).getBytes(StandardCharsets.UTF_8);
        assertTrue(Symptoms.worthReading(b, 0, b.length), () -> new String(b, StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> literals() {
        return Arbitraries.of(Symptoms.ALL.stream().map(Symptom::literal).toList());
    }

    /** Text around the literal that neither starts an escape sequence nor ends one. */
    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ABCDEFXYZ.:/-_`'0123456789").ofMaxLength(60);
    }

    @Provide
    Arbitrary<Double> cuts() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> splitters() {
        return Arbitraries.of("", "\u001b[0m", "\u001b[1;31m", "\u0000", "\u001b[0m\u001b[1m");
    }

    @Example
    void aCrateNameWithRrIsPassedOverAndAColouredErrorIsNot() {
        byte[] crate = "   \u001b[1m\u001b[32mCompiling\u001b[0m thiserror v1.0.61".getBytes(StandardCharsets.UTF_8);
        byte[] error = "\u001b[0m\u001b[1m\u001b[38;5;9merror\u001b[0m\u001b[0m\u001b[1m: linking with `cc` failed"
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(Symptoms.worthReading(crate, 0, crate.length));
        assertTrue(Symptoms.worthReading(error, 0, error.length));
    }
}
