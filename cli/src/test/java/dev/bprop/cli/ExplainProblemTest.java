package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import org.junit.jupiter.api.Test;

/**
 * {@code bprop explain} for problems: the FMT-RESULT example worked by hand (spec EX-XOR-SHIFTED).
 *
 * <p>Z¹ = X (W¹)ᵀ + b¹ has rows (0,−1), (1,0), (1,0), (2,1); A¹ = relu(Z¹) rows (0,0), (1,0), (1,0), (2,1);
 * Z² = A¹ (W²)ᵀ + 0.3 = (0.3, 1.3, 1.3, 0.3); J = (1/4)·Σ ½·0.3² = 0.045. Δ² = (A² − Y)/m = 0.3/4 = 0.075 in every
 * row (BP1 with LOSS-MSE). Δ² W² = (0.075, −0.15) per row, times relu'(Z¹) rows (0,0), (1,0), (1,0), (1,1) gives
 * Δ¹ rows (0,0), (0.075,0), (0.075,0), (0.075,−0.15) (BP2). ∂J/∂b¹ = (0.225, −0.15), ∂J/∂W¹ = ((0.15, 0.15),
 * (−0.15, −0.15)), ∂J/∂b² = 0.3, ∂J/∂W² = (0.3, 0.075) (BP3, BP4).
 */
class ExplainProblemTest {
    private static final Problem XOR_SHIFTED = BpropJson.parseProblem("""
            {"id": "xor-relu-shifted",
             "layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
                        {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
            """);

    @Test
    void explain_markdownShowsEveryStepWithItsClause() {
        String text = ExplainProblem.explain(XOR_SHIFTED, Notation.MARKDOWN);
        assertTrue(text.startsWith("# Worked example: xor-relu-shifted\n\n"), text);
        assertInOrder(text,
                "## Forward pass (FWD-Z, FWD-A)",
                "Z^1 = A^0 (W^1)^T + b^1:\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0 | -1 |\n| 1 | 1 | 0 |\n"
                        + "| 2 | 1 | 0 |\n| 3 | 2 | 1 |\n",
                "A^1 = g^1(Z^1):\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0 | 0 |\n| 1 | 1 | 0 |\n",
                "Z^2 = A^1 (W^2)^T + b^2:\n\n| e \\ j | 0 |\n| --- | ---: |\n| 0 | 0.3 |\n| 1 | 1.3 |\n| 2 | 1.3 |\n"
                        + "| 3 | 0.3 |\n",
                "## Loss (LOSS-MSE, LOSS-MEAN)",
                "J = 0.045\n",
                "## Output error (BP1)",
                "| 0 | 0.075 |\n| 1 | 0.075 |\n| 2 | 0.075 |\n| 3 | 0.075 |\n",
                "## Hidden errors (BP2)",
                "Δ^1 = (Δ^2 W^2) ⊙ g^1'(Z^1):\n\n| e \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0 | 0 |\n"
                        + "| 1 | 0.075 | 0 |\n| 2 | 0.075 | 0 |\n| 3 | 0.075 | -0.15 |\n",
                "## Gradients (BP3, BP4)",
                "∂J/∂b^2 = Σ_e δ^2_e:\n\n|  \\ j | 0 |\n| --- | ---: |\n| 0 | 0.3 |\n",
                "∂J/∂W^2 = (Δ^2)^T A^1:\n\n| j \\ i | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0.3 | 0.075 |\n",
                "∂J/∂b^1 = Σ_e δ^1_e:\n\n|  \\ j | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0.225 | -0.15 |\n",
                "∂J/∂W^1 = (Δ^1)^T A^0:\n\n| j \\ i | 0 | 1 |\n| --- | ---: | ---: |\n| 0 | 0.15 | 0.15 |\n"
                        + "| 1 | -0.15 | -0.15 |\n");
    }

    @Test
    void explain_latexWritesMatricesAsPmatrix() {
        String text = ExplainProblem.explain(XOR_SHIFTED, Notation.LATEX);
        assertTrue(text.startsWith("\\section*{Worked example: xor-relu-shifted}\n\n"), text);
        assertInOrder(text, "\\subsection*{Forward pass (FWD-Z, FWD-A)}",
                "\\subsubsection*{Layer 1: relu}",
                "\\[ Z^1 = A^0 (W^1)^T + b^1 = \\begin{pmatrix}\n  0 & -1 \\\\\n  1 & 0 \\\\\n  1 & 0 \\\\\n  2 & 1 \\\\\n"
                        + "\\end{pmatrix} \\]",
                "J = 0.045",
                "\\[ ∂J/∂W^1 = (Δ^1)^T A^0 = \\begin{pmatrix}\n  0.15 & 0.15 \\\\\n  -0.15 & -0.15 \\\\\n\\end{pmatrix} \\]");
        assertTrue(text.contains("loss mse, batch of 4, 9 parameters. Rows of Z, A and Δ are the examples e = 0..3;"),
                text);
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
        String text = ExplainProblem.explain(problem("sigmoid", "binary_cross_entropy", "[1, 0]"), Notation.MARKDOWN);
        assertTrue(!text.contains("BP2"), text);
        assertTrue(text.startsWith("# Worked example\n\n"), text);
    }

    @Test
    void notation_numbersShowTenSignificantDigits() {
        assertEquals("0", Notation.number(0.0));
        assertEquals("0", Notation.number(-0.0));
        assertEquals("0.3", Notation.number(0.1 + 0.2));
        assertEquals("0.3333333333", Notation.number(1.0 / 3));
        assertEquals("-2", Notation.number(-2));
        assertEquals("1.5e-12", Notation.number(1.5e-12));
        assertEquals("1.23456789e+20", Notation.number(1.23456789e20));
    }

    private static Problem problem(String activation, String loss, String target) {
        return BpropJson.parseProblem("""
                {"layers": [{"activation": "%s", "weights": [[1], [2]], "bias": [0, 0]}],
                 "loss": "%s", "inputs": [[1]], "targets": [%s]}
                """.formatted(activation, loss, target));
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "missing, or out of order: " + part + "\nin:\n" + text);
            from = at + part.length();
        }
    }
}
