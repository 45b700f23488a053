package dev.wheelhouse.failures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A located symptom (a compiler's {@code file:line: error:}) finds, searching from where its
 * locator says, the match a search of the whole line finds; and a long line without a location
 * is no longer read again from every position.
 */
class SymptomLocatorPropertiesTest {

    private static final List<Symptom> LOCATED =
            Symptoms.ALL.stream().filter(s -> s.locator() != null).toList();

    @Example
    void theCompilersErrorsAreLocated() {
        assertEquals(List.of("gcc-error", "msvc-error"), LOCATED.stream().map(Symptom::id).toList());
    }

    @Property(tries = 3000)
    void findsWhatTheWholeLineSearchFinds(@ForAll("lines") String line) {
        for (Symptom s : LOCATED) {
            Matcher whole = s.pattern().matcher(line);
            Matcher located = s.match(line);
            if (!whole.find()) {
                assertNull(located, s.id() + " in " + line);
                continue;
            }
            assertNotNull(located, s.id() + " in " + line);
            assertEquals(whole.start(), located.start(), s.id() + " in " + line);
            assertEquals(whole.end(), located.end(), s.id() + " in " + line);
            for (String group : List.of("file", "line", "detail")) {
                assertEquals(whole.group(group), located.group(group), s.id() + " " + group + " in " + line);
            }
        }
    }

    @Example
    void realCompilerLinesAreFound() {
        assertEquals("src/lib.c", match("gcc-error", "  src/lib.c:12:5: error: expected ';'").group("file"));
        assertEquals("C:\\src\\x.c", match("gcc-error", "C:\\src\\x.c:3: fatal error: x.h: No such file").group("file"));
        assertEquals("src\\a b.cpp", match("msvc-error", "src\\a b.cpp(7,1): error C2065: 'x': undeclared").group("file"));
    }

    /** 0.75 s a line for each pattern before: 400 lines took five minutes. */
    @Example
    void longLinesWithoutALocationAreReadOnce() {
        String noColon = "a".repeat(8000) + " error: something bad";
        String noParen = "b ".repeat(4000) + "error C2065: x";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 200; i++) {
                for (Symptom s : LOCATED) {
                    assertNull(s.match(noColon));
                    assertNull(s.match(noParen));
                }
            }
        });
    }

    private static Matcher match(String id, String line) {
        Symptom s = LOCATED.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Matcher m = s.match(line);
        assertNotNull(m, line);
        return m;
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> token = Arbitraries.of("a", "b.c", " ", "  ", ":", "12", "3", ":4", ": ", "error: ",
                "fatal ", "fatal error: ", "C:", "C:\\", "d:/", "\\", "/", "(", ")", ",", "(12)", "(3,4)", "error C2065: ",
                "error C1", " : ", "x", "\t");
        return token.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
