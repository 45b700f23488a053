package dev.wheelhouse.failures;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the project's source a compiler pointed: {@code src/orbit.rs:41}.
 *
 * @param column 0 when the tool gave none
 */
public record SourceLocation(String file, int line, int column) {

    /** rustc's pointer under an error: {@code   --> src/orbit.rs:41:23}. */
    private static final Pattern RUST_ARROW =
            Pattern.compile("^\\s*--> (?<file>(?:[A-Za-z]:)?[^\\s:][^:]*?):(?<line>\\d+)(?::(?<col>\\d+))?\\s*$");

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
    }

    /** From a symptom's match with {@code file} and {@code line} groups (gcc, clang, MSVC); null when it has none. */
    static SourceLocation from(Symptoms.Match m) {
        String file = m.group("file");
        String line = m.group("line");
        if (file == null || line == null || line.length() > 9) {
            return null;
        }
        return new SourceLocation(file.strip(), Integer.parseInt(line), 0);
    }

    /** rustc's {@code -->} line among the first few lines after an error, or null. */
    static SourceLocation afterRustError(List<String> after) {
        for (int i = 0; i < Math.min(3, after.size()); i++) {
            Matcher m = RUST_ARROW.matcher(after.get(i));
            if (m.matches()) {
                try {
                    return new SourceLocation(m.group("file"), Integer.parseInt(m.group("line")),
                            m.group("col") == null ? 0 : Integer.parseInt(m.group("col")));
                } catch (NumberFormatException tooLong) {
                    return null;
                }
            }
        }
        return null;
    }

    /** {@code src/orbit.rs:41}, as the issue and the cells say it. */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
