package dev.wheelhouse.workflow.expr;

import dev.wheelhouse.workflow.expr.ExpressionLexer.Kind;
import dev.wheelhouse.workflow.expr.ExpressionLexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the text inside {@code ${{ }}} into an {@link Expr}. Precedence follows GitHub's
 * ExpressionParser: {@code ||} binds loosest, then {@code &&}, equality, comparison, {@code !},
 * then property and index access.
 */
public final class ExpressionParser {

    /** Function name (lower case) to its minimum and maximum argument counts. */
    private static final Map<String, int[]> FUNCTIONS = Map.ofEntries(
            Map.entry("contains", new int[] {2, 2}),
            Map.entry("startswith", new int[] {2, 2}),
            Map.entry("endswith", new int[] {2, 2}),
            Map.entry("format", new int[] {1, 255}),
            Map.entry("join", new int[] {1, 2}),
            Map.entry("tojson", new int[] {1, 1}),
            Map.entry("fromjson", new int[] {1, 1}),
            Map.entry("case", new int[] {3, 255}),
            Map.entry("hashfiles", new int[] {1, 255}),
            Map.entry("success", new int[] {0, 0}),
            Map.entry("always", new int[] {0, 0}),
            Map.entry("failure", new int[] {0, 255}),
            Map.entry("cancelled", new int[] {0, 0}));

    private final List<Token> tokens;
    private int index;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Expr parse(String text) throws ExpressionSyntaxException {
        ExpressionParser parser = new ExpressionParser(ExpressionLexer.tokenize(text));
        if (parser.peek().kind() == Kind.END) {
            throw new ExpressionSyntaxException("Expected an expression", 0);
        }
        Expr expr = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            throw new ExpressionSyntaxException("Unexpected symbol: '" + rest.text() + "'", rest.position());
        }
        return expr;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        return tokens.get(index++);
    }

    private boolean punct(String text) {
        Token t = peek();
        if (t.kind() == Kind.PUNCT && t.text().equals(text)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(String text) throws ExpressionSyntaxException {
        if (!punct(text)) {
            Token t = peek();
            throw new ExpressionSyntaxException(t.kind() == Kind.END ? "Unexpected end of expression"
                    : "Unexpected symbol: '" + t.text() + "'", t.position());
        }
    }

    private Expr or() throws ExpressionSyntaxException {
        List<Expr> operands = new ArrayList<>(List.of(and()));
        while (punct("||")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Expr.Or(operands);
    }

    private Expr and() throws ExpressionSyntaxException {
        List<Expr> operands = new ArrayList<>(List.of(equality()));
        while (punct("&&")) {
            operands.add(equality());
        }
        return operands.size() == 1 ? operands.get(0) : new Expr.And(operands);
    }

    private Expr equality() throws ExpressionSyntaxException {
        Expr left = comparison();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.PUNCT && (t.text().equals("==") || t.text().equals("!="))) {
                index++;
                left = new Expr.Compare(t.text(), left, comparison());
            } else {
                return left;
            }
        }
    }

    private Expr comparison() throws ExpressionSyntaxException {
        Expr left = unary();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.PUNCT && List.of("<", "<=", ">", ">=").contains(t.text())) {
                index++;
                left = new Expr.Compare(t.text(), left, unary());
            } else {
                return left;
            }
        }
    }

    private Expr unary() throws ExpressionSyntaxException {
        if (punct("!")) {
            return new Expr.Not(unary());
        }
        return postfix(primary());
    }

    private Expr postfix(Expr target) throws ExpressionSyntaxException {
        while (true) {
            if (punct(".")) {
                Token t = next();
                if (t.kind() == Kind.WILDCARD) {
                    target = new Expr.Index(target, new Expr.Wildcard());
                } else if (t.kind() == Kind.PROPERTY) {
                    target = new Expr.Index(target, new Expr.Literal(t.text()));
                } else {
                    throw new ExpressionSyntaxException("Unexpected symbol: '" + t.text() + "'", t.position());
                }
            } else if (punct("[")) {
                Expr indexExpr;
                if (peek().kind() == Kind.WILDCARD) {
                    next();
                    indexExpr = new Expr.Wildcard();
                } else {
                    indexExpr = or();
                }
                expect("]");
                target = new Expr.Index(target, indexExpr);
            } else {
                return target;
            }
        }
    }

    private Expr primary() throws ExpressionSyntaxException {
        Token t = next();
        switch (t.kind()) {
            case STRING, NUMBER:
                return new Expr.Literal(t.value());
            case KEYWORD:
                if (t.value() == ExpressionLexer.KeywordNull.NULL) {
                    return new Expr.Literal(null);
                }
                if (t.value() instanceof String name) {
                    return new Expr.NamedValue(name);
                }
                return new Expr.Literal(t.value());
            case FUNCTION:
                return call(t);
            case PUNCT:
                if (t.text().equals("(")) {
                    Expr inner = or();
                    expect(")");
                    return inner;
                }
                break;
            default:
                break;
        }
        throw new ExpressionSyntaxException(t.kind() == Kind.END ? "Unexpected end of expression"
                : "Unexpected symbol: '" + t.text() + "'", t.position());
    }

    private Expr call(Token name) throws ExpressionSyntaxException {
        int[] arity = FUNCTIONS.get(name.text().toLowerCase(Locale.ROOT));
        if (arity == null) {
            throw new ExpressionSyntaxException("Unrecognized function: '" + name.text() + "'", name.position());
        }
        expect("(");
        List<Expr> args = new ArrayList<>();
        if (!punct(")")) {
            do {
                args.add(or());
            } while (punct(","));
            expect(")");
        }
        if (args.size() < arity[0]) {
            throw new ExpressionSyntaxException("Too few parameters supplied: '" + name.text() + "'", name.position());
        }
        if (args.size() > arity[1]) {
            throw new ExpressionSyntaxException("Too many parameters supplied: '" + name.text() + "'", name.position());
        }
        return new Expr.Call(name.text().toLowerCase(Locale.ROOT), args);
    }
}
