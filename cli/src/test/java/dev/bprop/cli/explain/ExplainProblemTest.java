package dev.bprop.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import org.junit.jupiter.api.Test;

/**
 * {@code bprop explain} for problems: the FMT-RESULT example worked by hand (spec EX-XOR-SHIFTED).
 *
 * <p>Z¹ = X (W¹)ᵀ + b¹ has rows (0,−1), (1,0), (1,0), (2,1), three entries on relu's kink; A¹ = relu(Z¹) rows
 * (0,0), (1,0), (1,0), (2,1); Z² = A¹ (W²)ᵀ + 0.3 = (0.3, 1.3, 1.3, 0.3); J = (1/4)·Σ ½·0.3² = 0.045. Δ² = (A² − Y)/m
 * = 0.3/4 = 0.075 in every row (BP1 with LOSS-MSE). Δ² W² = (0.075, −0.15) per row, times relu'(Z¹) rows (0,0),
 * (1,0), (1,0), (1,1) gives Δ¹ rows (0,0), (0.075,0), (0.075,0), (0.075,−0.15) (BP2). ∂J/∂b¹ = (0.225, −0.15),
 * ∂J/∂W¹ = ((0.15, 0.15), (−0.15, −0.15)), ∂J/∂b² = 0.3, ∂J/∂W² = (0.3, 0.075) (BP3, BP4).
 */
class ExplainProblemTest {
    private static final Problem XOR_SHIFTED = BpropJson.parseProblem("""
            {"id": "xor-relu-shifted",
             "layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                        {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
            """);
    private static final Notation MARKDOWN = Notation.of("markdown", Notation.DEFAULT_DIGITS);

    @Test
    void exXorShifted_showsEveryLayersParametersAndForwardPass() {
        assertInOrder(ExplainProblem.explain(XOR_SHIFTED, MARKDOWN),
                "## Forward pass (FWD-Z, FWD-A)",
                "### Layer 1: relu",
                "W^1:\n\n| j \\ i | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 1 | 1 |\n| 1 | 1 | 1 |\n",
                "| j | 0 | 1 |\n| --- | ---: | ---: |\n| b^1 | 0 | -1 |\n",
                "Z^1 = A^0 (W^1)ᵀ + b^1:\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | **0** | -1 |\n"
                        + "| 1 | 1 | **0** |\n| 2 | 1 | **0** |\n| 3 | 2 | 1 |\n",
                "A^1 = relu(Z^1):\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0 | 0 |\n| 1 | 1 | 0 |\n",
                "| j | 0 |\n| --- | ---: |\n| b^2 | 0.3 |\n",
                "Z^2 = A^1 (W^2)ᵀ + b^2:\n\n| e \\ j | 0 |\n| --- | ---: |\n| 0 | 0.3 |\n| 1 | 1.3 |\n| 2 | 1.3 |\n"
                        + "| 3 | 0.3 |\n",
                "## Loss (LOSS-MSE, LOSS-MEAN)",
                "J = 0.045\n");
    }

    @Test
    void actKink_thePreActivationsOnTheKinkAreNamedWithTheConvention() {
        String text = ExplainProblem.explain(XOR_SHIFTED, MARKDOWN);
        assertTrue(text.contains("The entries in bold sit exactly on a kink, at (e, j) = (0, 0), (1, 1), (2, 1). "
                + "ACT-KINK takes relu'(0) = 0, the left-hand slope"), text);
    }

    @Test
    void exXorShifted_bp2ShowsTheProductBeforeTheHadamardProductAndTheDerivative() {
        assertInOrder(ExplainProblem.explain(XOR_SHIFTED, MARKDOWN),
                "## Backward pass (BP1 to BP4)",
                "### Layer 2: identity",
                "Δ^2 carries the 1/m of the batch mean (LOSS-MEAN, m = 4), and every Δ^l below inherits it, so BP3 "
                        + "and BP4 sum over the examples without dividing again (BP-BATCH).",
                "∇_(A^2) J = (A^2 - Y)/m:\n\n| e \\ j | 0 |\n| --- | ---: |\n| 0 | 0.075 |\n| 1 | 0.075 |\n",
                "Δ^2 = (A^2 - Y)/m ⊙ identity'(Z^2):\n\n| e \\ j | 0 |\n| --- | ---: |\n| 0 | 0.075 |\n| 1 | 0.075 |\n"
                        + "| 2 | 0.075 |\n| 3 | 0.075 |\n",
                "| j | 0 |\n| --- | ---: |\n| ∂J/∂b^2 | 0.3 |\n",
                "∂J/∂W^2 = (Δ^2)ᵀ A^1:\n\n| j \\ i | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0.3 | 0.075 |\n",
                "### Layer 1: relu",
                "Δ^2 W^2:\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0.075 | -0.15 |\n| 1 | 0.075 | -0.15 |\n",
                "relu'(Z^1):\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | **0** | 0 |\n| 1 | 1 | **0** |\n"
                        + "| 2 | 1 | **0** |\n| 3 | 1 | 1 |\n",
                "Δ^1 = (Δ^2 W^2) ⊙ relu'(Z^1):\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0 | 0 |\n"
                        + "| 1 | 0.075 | 0 |\n| 2 | 0.075 | 0 |\n| 3 | 0.075 | -0.15 |\n",
                "| j | 0 | 1 |\n| --- | ---: | ---: |\n| ∂J/∂b^1 | 0.225 | -0.15 |\n",
                "∂J/∂W^1 = (Δ^1)ᵀ A^0:\n\n| j \\ i | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0.15 | 0.15 |\n"
                        + "| 1 | -0.15 | -0.15 |\n");
    }

    @Test
    void notIndex_oneExampleIsE0NotARange() {
        String text = ExplainProblem.explain(problem("sigmoid", "binary_cross_entropy", "[1, 0]"), MARKDOWN);
        assertTrue(text.contains("here only e = 0;"), text);
        assertTrue(text.contains("(LOSS-MEAN, m = 1), so BP3 and BP4 sum"), text);
        assertFalse(text.contains("0..0"), text);
    }

    @Test
    void explain_latexWritesMathWithMacrosAndNoUnicode() {
        String text = ExplainProblem.explain(XOR_SHIFTED, Notation.of("latex", Notation.DEFAULT_DIGITS));
        assertInOrder(text, "\\section*{Worked example: xor-relu-shifted}",
                "\\[ Z^{1} = A^{0} (W^{1})^{\\top} + b^{1} = \\begin{array}{r|rr}\n  e \\backslash j & 0 & 1 \\\\ \\hline\n"
                        + "  0 & \\boxed{0} & -1 \\\\\n",
                "\\[ \\Delta^{1} = (\\Delta^{2} W^{2}) \\odot \\operatorname{relu}'(Z^{1}) = ",
                "  \\partial J/\\partial b^{1} & 0.225 & -0.15\n");
        assertTrue(text.chars().allMatch(c -> c < 128), text);
    }

    @Test
    void explain_namesTheFormOfBp1ThatApplies() {
        assertEquals("BP1-SOFTMAX-CE", ExplainProblem.outputErrorClause(problem("softmax", "cross_entropy", "[1, 0]")));
        assertEquals("BP1-JACOBIAN", ExplainProblem.outputErrorClause(problem("softmax", "mse", "[1, 0]")));
        assertEquals("BP1-SIGMOID-BCE",
                ExplainProblem.outputErrorClause(problem("sigmoid", "binary_cross_entropy", "[1, 0]")));
        assertEquals("BP1", ExplainProblem.outputErrorClause(problem("sigmoid", "mse", "[1, 0]")));
        assertEquals("LOSS-CE", ExplainProblem.lossClause(problem("softmax", "cross_entropy", "[1, 0]").loss()));
        assertEquals("LOSS-BCE",
                ExplainProblem.lossClause(problem("sigmoid", "binary_cross_entropy", "[1, 0]").loss()));
    }

    @Test
    void explain_aOneLayerNetworkHasNoHiddenErrors() {
        String text = ExplainProblem.explain(problem("sigmoid", "binary_cross_entropy", "[1, 0]"), MARKDOWN);
        assertFalse(text.contains("BP2"), text);
        assertTrue(text.startsWith("# Worked example\n\n"), text);
    }

    @Test
    void notation_numbersShowTheChosenSignificantDigits() {
        assertEquals("0", MARKDOWN.number(0.0));
        assertEquals("0", MARKDOWN.number(-0.0));
        assertEquals("0.3", MARKDOWN.number(0.1 + 0.2));
        assertEquals("0.3333333333", MARKDOWN.number(1.0 / 3));
        assertEquals("-2", MARKDOWN.number(-2));
        assertEquals("1.5e-12", MARKDOWN.number(1.5e-12));
        assertEquals("1.23456789e20", MARKDOWN.number(1.23456789e20));
        assertEquals("0.333", Notation.of("markdown", 3).number(1.0 / 3));
        assertEquals("0.30000000000000004", Notation.of("markdown", 17).number(0.1 + 0.2));
        assertEquals("1.5 \\cdot 10^{-12}", Notation.of("latex", 10).number(1.5e-12));
        assertThrows(IllegalArgumentException.class, () -> Notation.of("markdown", 0));
        assertThrows(IllegalArgumentException.class, () -> Notation.of("markdown", 18));
    }

    @Test
    void unicodeMath_turnsTheMacrosIntoSymbolsAndRefusesOthers() {
        assertEquals("Δ^(l+1) ⊙ ∂J/∂W^1 Σ_e δ^1_e (W^1)ᵀ w̄_3 · cos w_1",
                UnicodeMath.of("\\Delta^{l+1} \\odot \\partial J/\\partial W^{1} \\sum_{e} \\delta^{1}_{e} "
                        + "(W^{1})^{\\top} \\bar{w}_{3} \\cdot \\cos w_{1}"));
        assertThrows(IllegalArgumentException.class, () -> UnicodeMath.of("\\frac{1}{2}"));
    }

    /*
     * BP2 names the layer whose error is carried back (layer 2 for Δ¹), in the product and in its rows; the examples
     * of XOR's batch of 4 are e = 0, …, 3.
     */
    @Test
    void exXorShifted_bp2NamesTheLayerAboveAndTheExamplesByRange() {
        String text = ExplainProblem.explain(XOR_SHIFTED, MARKDOWN);
        assertTrue(text.contains("Hidden error (BP2): the error of layer 2 carried back through its weights, Δ^2 W^2 "
                + "(row e is ((W^2)ᵀ δ^2_e)ᵀ), then the Hadamard product ⊙ with "), text);
        assertTrue(text.contains("e = 0, …, 3"), text);
        assertTrue(text.contains("BP4 sums the outer products δ^1_e (a^0_e)ᵀ over the examples"), text);
        assertEquals(2, occurrences(text, "sit exactly on a kink"), "in the forward pass and in BP2: " + text);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /*
     * ACT-KINK at the output: relu with W = (1, 0)ᵀ, b = (−1, 0) and x = 1 gives z = (0, 0), both on the kink, which
     * BP1 marks and names; softmax has no kink, so a softmax and cross-entropy explanation marks nothing.
     */
    @Test
    void actKink_anOutputOnTheKinkIsNamedInBp1AndSoftmaxMarksNothing() {
        Problem kinked = BpropJson.parseProblem("""
                {"layers": [{"activation": "relu", "weights": [[1], [0]], "bias": [-1, 0]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0, 0]]}
                """);
        String text = ExplainProblem.explain(kinked, MARKDOWN);
        assertTrue(text.contains("The entries in bold sit exactly on a kink, at (e, j) = (0, 0), (0, 1). ACT-KINK takes "
                + "relu'(0) = 0, the left-hand slope"), text);
        assertEquals(2, occurrences(text, "sit exactly on a kink"), "in the forward pass and in BP1: " + text);
        String softmax = ExplainProblem.explain(problem("softmax", "cross_entropy", "[1, 0]"), MARKDOWN);
        assertFalse(softmax.contains("**"), softmax);
    }

    /*
     * A space after a control word is skipped unless the word is a binary operator (δx, a ⊙ b) or an operator name
     * before its operand (cos δ); one after a control symbol stays ({ x }); a script of one character that is no
     * letter or digit needs no parentheses (x^+), a spaced script argument is still the argument (x^1).
     */
    @Test
    void unicodeMath_spacesAndScriptsAsInTex() {
        assertEquals("δx", UnicodeMath.of("\\delta x"));
        assertEquals("a ⊙ b", UnicodeMath.of("a \\odot b"));
        assertEquals("cos δ", UnicodeMath.of("\\cos \\delta"));
        assertEquals("cos(x)", UnicodeMath.of("\\cos(x)"));
        assertEquals("{ x }", UnicodeMath.of("\\{ x \\}"));
        assertEquals("x^+ y^1", UnicodeMath.of("x^{+} y^ {1}"));
        assertEquals("x^(a+1)", UnicodeMath.of("x^{a+1}"));
        assertEquals("g'(z) x_ᵀ W^ab", UnicodeMath.of("g^{\\prime}(z) x_{\\top} W^{ab}"));
    }

    private static Problem problem(String activation, String loss, String target) {
        return BpropJson.parseProblem("""
                {"layers": [{"activation": "%s", "weights": [[1], [2]], "bias": [0, 0]}],
                 "loss": "%s", "inputs": [[1]], "targets": [%s]}
                """.formatted(activation, loss, target));
    }

    static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "missing, or out of order: " + part + "\nin:\n" + text);
            from = at + part.length();
        }
    }
}
