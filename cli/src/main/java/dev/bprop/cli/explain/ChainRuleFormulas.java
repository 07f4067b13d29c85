package dev.bprop.cli.explain;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.algebra.ByOperations;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Node;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;
import java.util.Set;

/**
 * The chain-rule terms of an expression graph written out (clause GBP-BPROP): an {@link Algebra} whose terms are
 * LaTeX formulas, so that each operation's own {@code bprop} writes its term — for w₃ = mul(w₁, w₂) and the
 * adjoint w̄₃ it gives {@code \bar{w}_{3} \cdot w_{2}} — and the explanation never restates a derivative rule.
 * Nodes are w₁ … w_n in file order, as in clause EX-ADJOINT.
 */
final class ChainRuleFormulas extends ByOperations<ChainRuleFormulas.Formula> {
    /** How tightly a formula binds, for parentheses: a sum, a product, an atom (a name, a power, a function). */
    enum Binding { SUM, PRODUCT, ATOM }

    /** A formula in LaTeX and how tightly it binds. */
    record Formula(String latex, Binding binding) {
        String at(Binding needed) {
            return binding.compareTo(needed) < 0 ? "(" + latex + ")" : latex;
        }
    }

    private static final Set<String> FUNCTIONS_WITH_A_LATEX_NAME = Set.of("sin", "cos", "exp", "tanh");

    private final Notation notation;

    ChainRuleFormulas(Notation notation) {
        this.notation = notation;
    }

    /** The slides' name of a node: w_k, numbered from 1 in file order. */
    static String w(Node node) {
        return "w_{" + (node.index() + 1) + "}";
    }

    /** The name of a node's adjoint, w̄_k = ∂f/∂w_k. */
    static Formula adjoint(Node node) {
        return new Formula("\\bar{w}_{" + (node.index() + 1) + "}", Binding.ATOM);
    }

    @Override
    public Formula term(Node node) {
        return new Formula(w(node), Binding.ATOM);
    }

    @Override
    public Formula apply(Operation operation, List<Formula> arguments) {
        return switch (operation.name()) {
            case "add" -> new Formula(arguments.get(0).latex() + " + " + arguments.get(1).at(Binding.PRODUCT),
                    Binding.SUM);
            case "sub" -> new Formula(arguments.get(0).latex() + " - " + arguments.get(1).at(Binding.PRODUCT),
                    Binding.SUM);
            case "mul" -> product(arguments.get(0), arguments.get(1));
            case "div" -> new Formula(arguments.get(0).at(Binding.PRODUCT) + " / " + arguments.get(1).at(Binding.ATOM),
                    Binding.PRODUCT);
            case "neg" -> new Formula("-" + arguments.get(0).at(Binding.PRODUCT), Binding.SUM);
            case "pow" -> new Formula(arguments.get(0).at(Binding.ATOM) + "^{" + arguments.get(1).latex() + "}",
                    Binding.ATOM);
            case "xlogy" -> product(arguments.get(0), function("log", List.of(arguments.get(1))));
            default -> function(operation.name(), arguments);
        };
    }

    @Override
    public Formula constant(Matrix value) {
        double number = value.scalarValue();
        return new Formula(notation.number(number), number < 0 ? Binding.SUM : Binding.ATOM);
    }

    @Override
    public Shape shape(Formula term) {
        return Shape.SCALAR;
    }

    /** a · b, without a factor 1 (the adjoint of the output, or the partial of an add). */
    private static Formula product(Formula a, Formula b) {
        if (a.latex().equals("1")) {
            return b;
        }
        if (b.latex().equals("1")) {
            return a;
        }
        return new Formula(a.at(Binding.PRODUCT) + " \\cdot " + b.at(Binding.PRODUCT), Binding.PRODUCT);
    }

    /** sin w₁, ln w₂, σ(w₃ + w₄), relu'(w₅). */
    private static Formula function(String name, List<Formula> arguments) {
        String prime = name.endsWith("'") ? "'" : "";
        String bare = name.replace("'", "");
        String symbol = switch (bare) {
            case "log" -> "\\ln";
            case "sigmoid" -> "\\sigma";
            default -> FUNCTIONS_WITH_A_LATEX_NAME.contains(bare) ? "\\" + bare : "\\operatorname{" + bare + "}";
        };
        String argument = arguments.stream().map(Formula::latex).reduce((a, b) -> a + ", " + b).orElse("");
        boolean oneName = arguments.size() == 1 && arguments.get(0).latex().startsWith("w_{") && prime.isEmpty();
        return new Formula(symbol + prime + (oneName ? " " + argument : "(" + argument + ")"), Binding.ATOM);
    }
}
