package dev.wheelhouse.workflow.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits expression text into tokens, following GitHub's LexicalAnalyzer. */
final class ExpressionLexer {

    enum Kind { PUNCT, STRING, NUMBER, KEYWORD, PROPERTY, FUNCTION, WILDCARD, END }

    record Token(Kind kind, String text, Object value, int position) {
    }

    private final String text;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    private ExpressionLexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws ExpressionSyntaxException {
        ExpressionLexer lexer = new ExpressionLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws ExpressionSyntaxException {
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", null, pos));
                return;
            }
            char c = text.charAt(pos);
            int start = pos;
            switch (c) {
                case '(', ')', '[', ']', ',' -> {
                    pos++;
                    tokens.add(new Token(Kind.PUNCT, String.valueOf(c), null, start));
                }
                case '.' -> {
                    if (afterValue() || pos + 1 >= text.length() || !Character.isDigit(text.charAt(pos + 1))) {
                        pos++;
                        tokens.add(new Token(Kind.PUNCT, ".", null, start));
                    } else {
                        number();
                    }
                }
                case '*' -> {
                    pos++;
                    tokens.add(new Token(Kind.WILDCARD, "*", null, start));
                }
                case '!', '=', '<', '>' -> operator(c);
                case '&' -> pair('&', "&&");
                case '|' -> pair('|', "||");
                case '\'' -> string();
                default -> {
                    if (Character.isDigit(c) || ((c == '-' || c == '+') && !afterValue())) {
                        number();
                    } else if (Character.isLetter(c) || c == '_') {
                        word();
                    } else {
                        throw new ExpressionSyntaxException("Unexpected symbol: '" + c + "'", start);
                    }
                }
            }
        }
    }

    private boolean afterValue() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return switch (last.kind()) {
            case STRING, NUMBER, KEYWORD, PROPERTY, WILDCARD -> true;
            case PUNCT -> last.text().equals(")") || last.text().equals("]");
            default -> false;
        };
    }

    private void operator(char c) throws ExpressionSyntaxException {
        int start = pos;
        boolean equalsFollows = pos + 1 < text.length() && text.charAt(pos + 1) == '=';
        if (c == '=' && !equalsFollows) {
            throw new ExpressionSyntaxException("Unexpected symbol: '='", start);
        }
        pos += equalsFollows ? 2 : 1;
        tokens.add(new Token(Kind.PUNCT, text.substring(start, pos), null, start));
    }

    private void pair(char c, String op) throws ExpressionSyntaxException {
        if (pos + 1 >= text.length() || text.charAt(pos + 1) != c) {
            throw new ExpressionSyntaxException("Unexpected symbol: '" + c + "'", pos);
        }
        tokens.add(new Token(Kind.PUNCT, op, null, pos));
        pos += 2;
    }

    private void string() throws ExpressionSyntaxException {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new ExpressionSyntaxException("Unexpected symbol: unterminated string", start);
            }
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (pos < text.length() && text.charAt(pos) == '\'') {
                    value.append('\'');
                    pos++;
                } else {
                    break;
                }
            } else {
                value.append(c);
            }
        }
        tokens.add(new Token(Kind.STRING, text.substring(start, pos), value.toString(), start));
    }

    private void number() throws ExpressionSyntaxException {
        int start = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_'
                    || ((c == '-' || c == '+') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))) {
                pos++;
            } else {
                break;
            }
        }
        String raw = text.substring(start, pos);
        double value = ExpressionValues.parseNumber(raw);
        if (Double.isNaN(value)) {
            throw new ExpressionSyntaxException("Unexpected symbol: '" + raw + "'", start);
        }
        tokens.add(new Token(Kind.NUMBER, raw, value, start));
    }

    private void word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                pos++;
            } else {
                break;
            }
        }
        String word = text.substring(start, pos);
        boolean property = !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(".")
                && tokens.get(tokens.size() - 1).kind() == Kind.PUNCT;
        if (property) {
            tokens.add(new Token(Kind.PROPERTY, word, word, start));
            return;
        }
        int next = pos;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '(') {
            tokens.add(new Token(Kind.FUNCTION, word, word, start));
            return;
        }
        Object keyword = switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> KeywordNull.NULL;
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            default -> word;
        };
        tokens.add(new Token(Kind.KEYWORD, word, keyword, start));
    }

    /** Distinguishes the literal {@code null} from a named value. */
    enum KeywordNull { NULL }
}
