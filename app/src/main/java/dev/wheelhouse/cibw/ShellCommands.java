package dev.wheelhouse.cibw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a {@code run:} script into simple commands and words: enough of shell syntax for the
 * command lines workflows write to run build tools (line continuations, {@code &&}, {@code ;},
 * pipes, quotes). It is not a shell parser: variables stay as written.
 */
final class ShellCommands {

    private static final Set<String> INLINE_SCRIPT_FLAGS = Set.of("-c", "/c", "//c", "-command");

    private ShellCommands() {
    }

    /**
     * Each simple command of the script as its words, continuation lines joined (bash {@code \},
     * PowerShell backtick). Separators inside quotes or {@code $( )} do not split.
     */
    static List<List<String>> commands(String script) {
        String joined = script.replaceAll("\\\\\\r?\\n", " ").replaceAll("`\\r?\\n", " ");
        List<List<String>> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '\n' || c == ';' || c == '|' || (c == '&' && next(joined, i) == '&'))) {
                addCommand(commands, current);
                if ((c == '&' || c == '|') && next(joined, i) == c) {
                    i++;
                }
                continue;
            }
            current.append(c);
        }
        addCommand(commands, current);
        return commands;
    }

    private static char next(String text, int index) {
        return index + 1 < text.length() ? text.charAt(index + 1) : 0;
    }

    private static void addCommand(List<List<String>> commands, StringBuilder text) {
        List<String> words = words(text.toString());
        if (!words.isEmpty()) {
            commands.add(words);
        }
        // cmd //c "...", bash -c "...": the quoted argument is itself a script.
        for (int i = 1; i < words.size(); i++) {
            if (INLINE_SCRIPT_FLAGS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                commands.addAll(commands(words.get(i)));
            }
        }
        text.setLength(0);
    }

    /** Whitespace-separated words with shell quotes removed. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }

    /** The option's value: {@code --name value} or {@code --name=value} at {@code index}; null when absent. */
    static String optionValue(List<String> words, int index, String name) {
        String word = words.get(index);
        if (word.startsWith(name + "=")) {
            return word.substring(name.length() + 1);
        }
        if (word.equals(name) && index + 1 < words.size()) {
            return words.get(index + 1);
        }
        return null;
    }
}
