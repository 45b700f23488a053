package dev.wheelhouse.failures;

import dev.wheelhouse.testing.Samples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever bytes arrive, the reader ends, and it never names a class the input does not show. */
class FailureReaderPropertiesTest {

    /** Lines of passing builds: compiles, downloads, warnings, pip, cibuildwheel, the runner's markers. */
    private static final List<String> NOISE = List.of(
            "   \u001b[1m\u001b[32mCompiling\u001b[0m serde v1.0.197", "   Compiling ndarray v0.16.1",
            "  Downloaded crossbeam-utils v0.8.20", "warning: unused variable: `x`",
            "   --> src/orbit.rs:41:9", "    Finished `release` profile [optimized] target(s) in 1m 02s",
            "##[group]Run pypa/cibuildwheel@v3.2.0", "##[endgroup]", "Requirement already satisfied: pip in ./venv",
            "Successfully built satkit-0.5.0-cp312-cp312-manylinux_2_28_x86_64.whl", "",
            "Building cp312-manylinux_x86_64 wheel", "Repairing wheel...", "Testing wheel...",
            "+ python -m pip wheel /project --wheel-dir=/tmp/cibuildwheel/built_wheel --no-deps",
            "Current runner version: '2.328.0'", "Cleaning up orphan processes", "running build_ext",
            "collected 212 items", "tests/test_orbit.py ........................................ [ 80%]",
            "=================== 212 passed in 3.21s ===================", "Post job cleanup.",
            "mirroring the arrays of the current error-free build", "INFO:auditwheel.main_repair:Repairing x.whl",
            "copying src/counters/astm.rs -> build/lib.linux-x86_64-cpython-39/counters", "make[1]: Entering directory '/project/build'",
            "2024-03-01T12:00:00.1234567Z ##[group]Run actions/upload-artifact@v4", "Artifact name is valid!");

    private static FailureReport read(byte[] bytes) {
        try {
            return new FailureReader().read(new ByteArrayInputStream(bytes), JobHints.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<FailureClass> classes(FailureReport report) {
        return report.failures().stream().map(Failure::failureClass)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FailureClass.class)));
    }

    @Property(tries = 300)
    void randomBytesNeverThrowAndNameNoClass(@ForAll @Size(max = 30_000) byte[] bytes) {
        Set<FailureClass> found = classes(read(bytes));
        assertTrue(found.isEmpty() || found.equals(EnumSet.of(FailureClass.UNKNOWN)), found::toString);
    }

    @Property(tries = 300)
    void interleavedOutputOfPassingBuildsNamesNoClass(@ForAll("noise") List<String> lines) {
        Set<FailureClass> found = classes(read(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)));
        assertTrue(found.isEmpty() || found.equals(EnumSet.of(FailureClass.UNKNOWN)), found::toString);
    }

    @Property(tries = 400)
    void aTruncatedLogNamesOnlyClassesTheWholeLogShows(@ForAll("sample") Path sample, @ForAll("cut") double cut)
            throws IOException {
        byte[] whole = Files.readAllBytes(sample);
        byte[] truncated = Arrays.copyOf(whole, (int) (whole.length * cut));
        Set<FailureClass> allowed = classes(read(whole));
        allowed.add(FailureClass.UNKNOWN);

        Set<FailureClass> found = classes(read(truncated));

        assertTrue(allowed.containsAll(found), () -> sample.getFileName() + " cut at " + truncated.length + ": " + found
                + " not in " + allowed);
    }

    @Property(tries = 200)
    void passingOutputInterleavedWithAFailureLeavesItsClass(@ForAll("sample") Path sample,
                                                           @ForAll("phaseFreeNoise") List<String> noise)
            throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(sample).split("\n", -1)));
        FailureClass expected = read(Files.readAllBytes(sample)).failureClass();
        for (int i = 0; i < noise.size(); i++) {
            // Before the first line: after it, a pure-noise line could land inside a multi-line message.
            lines.add(0, noise.get(i));
        }

        FailureClass found = read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).failureClass();

        assertEquals(expected, found);
    }

    @Provide
    Arbitrary<List<String>> noise() {
        return Arbitraries.of(NOISE).list().ofMaxSize(300);
    }

    /** Without cibuildwheel's "Testing wheel...": after it, a crash is a test's, which changes the class by right. */
    @Provide
    Arbitrary<List<String>> phaseFreeNoise() {
        return Arbitraries.of(NOISE.stream().filter(l -> !l.startsWith("Testing wheel")).toList()).list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<Path> sample() throws IOException {
        try (Stream<Path> files = Files.list(Samples.failures())) {
            return Arbitraries.of(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }

    @Provide
    Arbitrary<Double> cut() {
        return Arbitraries.doubles().between(0, 1);
    }
}
