package dev.bprop.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bprop explain --format latex}, piece by piece (FMT-CLI): text escaped for LaTeX with its inline math kept,
 * characters outside ASCII as their code points (pdflatex's standard fonts lack them), numbers with powers of ten,
 * matrices and vectors as arrays with their indices, entries on a kink boxed. {@code ExplainLatexCompilesTest}
 * compiles whole documents with pdflatex.
 */
class LatexNotationTest {
    private static final LatexNotation LATEX = new LatexNotation(4);

    @Test
    void explain_textIsEscapedAndItsMathKept() {
        assertEquals("a \\& b $x_{1}^2$ 100\\% \\#1 a\\_b \\^{}\\~{} $<$$>$$|$ \\{\\} \\textbackslash{} [U+03B4] "
                + "[U+1D6C5]\n\n", LATEX.paragraph("a & b $x_{1}^2$ 100% #1 a_b ^~ <>| {} \\ δ \uD835\uDEC5"));
        assertEquals("\u007F\n\n", LATEX.paragraph("\u007F"), "the last ASCII character is written as it is");
    }

    @Test
    void explain_headingsSectionsToSubsubsections() {
        assertEquals("\\section*{Forward pass}\n\n", LATEX.heading(1, "Forward pass"));
        assertEquals("\\subsection*{Layer 1}\n\n", LATEX.heading(2, "Layer 1"));
        assertEquals("\\subsubsection*{a\\_b}\n\n", LATEX.heading(3, "a_b"));
        assertEquals("\\subsubsection*{deep}\n\n", LATEX.heading(4, "deep"));
    }

    /**
     * Four significant digits, rounded half up: 1234567 is 1.235·10⁶, 1.2345·10⁻⁷ is 1.235·10⁻⁷; 0.5 and 0.00001 have no
     * power of ten (BigDecimal's plain form down to 10⁻⁶).
     */
    @Test
    void notation_numbersWithPowersOfTen() {
        assertEquals("1.235 \\cdot 10^{6}", LATEX.number(1234567));
        assertEquals("1.235 \\cdot 10^{-7}", LATEX.number(1.2345e-7));
        assertEquals("0.00001", LATEX.number(0.00001));
        assertEquals("0.5", LATEX.number(0.5));
        assertEquals("\\[ J = 0.045 \\]\n\n", LATEX.equation("J = 0.045"));
        assertEquals("boxed", LATEX.markName());
    }

    @Test
    void explain_aMatrixIsAnArrayWithItsIndicesAndBoxedKinks() {
        assertEquals("""
                \\[ Z^{1} = \\begin{array}{r|rr}
                  e \\backslash j & 0 & 1 \\\\ \\hline
                  0 & \\boxed{0} & -1 \\\\
                  1 & 1 & 2 \\\\
                \\end{array} \\]

                """, LATEX.matrix("Z^{1}", new double[][] {{0, -1}, {1, 2}}, "e", "j", (e, j) -> e == 0 && j == 0));
        assertEquals("""
                \\[ \\begin{array}{r|rrr}
                  j & 0 & 1 & 2
                 \\\\ \\hline
                  b^{1} & 0 & -1 & 0.3
                \\end{array} \\]

                """.replace("2\n \\\\", "2 \\\\"), LATEX.vector("b^{1}", new double[] {0, -1, 0.3}, "j"));
    }

    /** Two narrow columns, then the wide one that wraps, then the rest. */
    @Test
    void explain_aTableWrapsOnlyItsWideColumn() {
        assertEquals("""
                \\noindent\\begin{tabularx}{\\textwidth}{ll>{\\raggedright\\arraybackslash}Xll}
                node & op & chain rule & value & adjoint \\\\
                \\hline
                x\\_1 & input & $w_{3}$ & 1 & 2 \\\\
                \\end{tabularx}

                """, LATEX.table(List.of("node", "op", "chain rule", "value", "adjoint"),
                List.of(List.of("x_1", "input", "$w_{3}$", "1", "2")), 2));
    }
}
