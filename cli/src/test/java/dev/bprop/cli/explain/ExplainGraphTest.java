package dev.bprop.cli.explain;

import static dev.bprop.cli.explain.ExplainProblemTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code bprop explain} for graphs, against spec EX-ADJOINT worked by hand: f = sin x₁ + x₁x₂ at (0.7, −1.3);
 * w₃ = w₁w₂ = −0.91, w₄ = sin 0.7 = 0.64421768723769105367, w₅ = −0.26578231276230894633; w̄₅ = 1, w̄₃ = w̄₄ = 1,
 * w̄₁ = w̄₃·w₂ + w̄₄·cos w₁ = −1.3 + 0.76484218728448842626 = −0.53515781271551157374, w̄₂ = w̄₃·w₁ = 0.7. The
 * recursion of GBP-BUILDGRAD fills grad_table in the order w̄₅, w̄₃, w̄₄, w̄₁, w̄₂.
 */
class ExplainGraphTest {
    private static final Graph ADJOINT = VectorCatalog.byId("adjoint").orElseThrow().graph().orElseThrow();

    @Test
    void exAdjoint_forwardValuesWithTheChosenDigits() {
        String text = ExplainGraph.explain(ADJOINT,
                Notation.of("markdown", Notation.DEFAULT_DIGITS));
        assertInOrder(text, "# Graph adjoint: f = w_5 = -0.2657823128\n",
                "| w_1 | x1 | input | 0.7 |\n| w_2 | x2 | input | -1.3 |\n| w_3 | w3 | mul(w_1, w_2) | -0.91 |\n"
                        + "| w_4 | w4 | sin(w_1) | 0.6442176872 |\n| w_5 | w5 | add(w_3, w_4) | -0.2657823128 |\n");
    }

    @Test
    void exAdjoint_adjointsInTheRecursionsOrderWithEveryChainRuleTerm() {
        String text = ExplainGraph.explain(ADJOINT,
                Notation.of("markdown", Notation.DEFAULT_DIGITS));
        assertInOrder(text, "| step | adjoint | node | chain rule | value |\n",
                "| 1 | w̄_5 | w5 | output: ∂f/∂f = 1 | 1 |\n",
                "| 2 | w̄_3 | w3 | w̄_5 = 1 | 1 |\n",
                "| 3 | w̄_4 | w4 | w̄_5 = 1 | 1 |\n",
                "| 4 | w̄_1 | x1 | w̄_3 · w_2 + w̄_4 · cos w_1 = -1.3 + 0.7648421873 | -0.5351578127 |\n",
                "| 5 | w̄_2 | x2 | w̄_3 · w_1 = 0.7 | 0.7 |\n");
    }

    @Test
    void exAdjoint_seventeenDigitsAsForProblems() {
        String text = ExplainGraph.explain(ADJOINT,
                Notation.of("markdown", 17));
        // the vector adjoint's expected doubles (spec EX-ADJOINT): shortest forms, as FMT-NUMBERS writes them
        assertTrue(text.contains("| w_1 | x1 | input | 0.7 |"), text);
        assertTrue(text.contains("| -0.5351578127155115 |"), text);
    }

    /**
     * EX-GRAPH-FANOUT by hand: y = 2, z = −3, x = y + z = −1, a = x·z = 3; ā = 1, x̄ = ā·z = −3, ȳ = x̄ = −3,
     * z̄ = x̄·1 + ā·x = −3 − 1 = −4 (z feeds x and a: two terms), filled in the order a, x, y, z.
     */
    @Test
    void exGraphFanout_theNodeWithTwoConsumersGetsTwoTerms() {
        String text = ExplainGraph.explain(VectorCatalog.byId("graph-fanout").orElseThrow()
                .graph().orElseThrow(), Notation.of("markdown", Notation.DEFAULT_DIGITS));
        assertInOrder(text, "| 1 | w̄_4 | a | output: ∂f/∂f = 1 | 1 |\n",
                "| 2 | w̄_3 | x | w̄_4 · w_2 = -3 | -3 |\n",
                "| 3 | w̄_1 | y | w̄_3 = -3 | -3 |\n",
                "| 4 | w̄_2 | z | w̄_3 + w̄_4 · w_3 = -3 - 1 | -4 |\n");
    }

    /**
     * Spec vector graph-subgraph: nx = −x and dead = nx^y feed nothing, cb, ce and k = cb^ce descend from no input:
     * those five are outside G′; m = x·y and out = m + k are inside.
     */
    @Test
    void gbpSubgraph_theNodesOutsideGPrimeAreNamed() {
        String text = ExplainGraph.explain(VectorCatalog.byId("graph-subgraph").orElseThrow().graph().orElseThrow(),
                Notation.of("markdown", Notation.DEFAULT_DIGITS));
        assertTrue(text.contains("so evaluated but never differentiated: w_4 (nx), w_5 (dead), w_6 (cb), w_7 (ce), "
                + "w_8 (k).\n"), text);
    }

    /** GBP-SUBGRAPH: an input the output does not depend on gets 0, and the table says why. */
    @Test
    void gbpSubgraph_anUnusedInputIsNotInGPrime() {
        String text = ExplainGraph.explain(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 2}, {"name": "y", "op": "input", "value": 5},
                           {"name": "f", "op": "mul", "inputs": ["x", "x"]}], "output": "f"}
                """), Notation.of("markdown", Notation.DEFAULT_DIGITS));
        assertInOrder(text, "| 2 | w̄_1 | x | w̄_3 · w_1 + w̄_3 · w_1 = 4 | 4 |\n",
                "| 3 | w̄_2 | y | not in G': f does not depend on it | 0 |\n");
    }

    @Test
    void explain_latexForAGraphIsLatexNotMarkdown() {
        String text = ExplainGraph.explain(ADJOINT,
                Notation.of("latex", Notation.DEFAULT_DIGITS));
        assertInOrder(text, "\\section*{Graph adjoint: $f = w_{5} = -0.2657823128$}",
                "$\\bar{w}_{3} \\cdot w_{2} + \\bar{w}_{4} \\cdot \\cos w_{1} = -1.3 + 0.7648421873$");
        assertTrue(!text.contains("|") && text.chars().allMatch(c -> c < 128), text);
    }

    /** LaTeX text is ASCII, so that pdflatex's standard fonts have every glyph: other characters show their code. */
    @Test
    void explain_aNodeNamedOutsideAsciiIsWrittenByItsCodePointInLatex() {
        String text = ExplainGraph.explain(BpropJson.parseGraph("""
                {"nodes": [{"name": "σ_1", "op": "input", "value": 2}], "output": "σ_1"}
                """), Notation.of("latex", Notation.DEFAULT_DIGITS));
        assertTrue(text.contains("[U+03C3]\\_1"), text);
        assertTrue(text.chars().allMatch(c -> c < 128), text);
    }

    /**
     * Every vector of the catalogue, problems and graphs, in both notations: the LaTeX is ASCII (no Unicode symbol
     * that pdflatex would drop) and the Markdown has no LaTeX command left over.
     */
    @TestFactory
    Stream<DynamicTest> explain_everyVectorInBothNotations() {
        Pattern latexCommand = Pattern.compile("\\\\[A-Za-z]");
        return VectorCatalog.all().stream().map(vector -> DynamicTest.dynamicTest(vector.id(), () -> {
            String latex = explain(vector, Notation.of("latex", Notation.DEFAULT_DIGITS));
            assertTrue(latex.chars().allMatch(c -> c < 128), latex);
            String markdown = explain(vector, Notation.of("markdown", Notation.DEFAULT_DIGITS));
            assertFalse(latexCommand.matcher(markdown).find(), markdown);
        }));
    }

    private static String explain(TestVector vector, Notation notation) {
        return vector.isProblem() ? ExplainProblem.explain(vector.problem().orElseThrow(), notation)
                : ExplainGraph.explain(vector.graph().orElseThrow(), notation);
    }
}
