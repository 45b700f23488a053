package dev.wheelhouse.workflow.expr;

import java.util.List;

/** The syntax tree of a GitHub Actions expression (the text inside {@code ${{ }}}). */
public sealed interface Expr {

    /** null, Boolean, Double or String. */
    record Literal(Object value) implements Expr {
    }

    /** A context such as {@code github} or {@code matrix}. */
    record NamedValue(String name) implements Expr {
    }

    /** {@code target[index]} or {@code target.property} (the property as a string literal). */
    record Index(Expr target, Expr index) implements Expr {
    }

    /** The {@code *} of {@code a.*} or {@code a[*]}. */
    record Wildcard() implements Expr {
    }

    record Call(String function, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    record Not(Expr operand) implements Expr {
    }

    /** {@code ==, !=, <, <=, >, >=}. */
    record Compare(String operator, Expr left, Expr right) implements Expr {
    }

    record And(List<Expr> operands) implements Expr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    record Or(List<Expr> operands) implements Expr {
        public Or {
            operands = List.copyOf(operands);
        }
    }
}
