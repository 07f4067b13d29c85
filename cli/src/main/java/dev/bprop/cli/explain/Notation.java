package dev.bprop.cli.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * How a worked example is written down: Markdown for notes and issues, LaTeX for course material. The explanations
 * are written once, as text with inline math between dollar signs and the math in LaTeX ({@code $\Delta^{1}$});
 * {@link LatexNotation} keeps the math and escapes the text, {@link MarkdownNotation} turns the math into Unicode
 * ({@link UnicodeMath}). Numbers have one format for problems and graphs, {@code digits} significant digits.
 */
public abstract class Notation {
    /** The significant digits shown when the user does not ask for others: what a reader compares by eye. */
    public static final int DEFAULT_DIGITS = 10;

    private final int digits;

    Notation(int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("--digits: expected 1 to 17, found " + digits);
        }
        this.digits = digits;
    }

    /** The notation named {@code format} ({@code markdown} or {@code latex}). */
    public static Notation of(String format, int digits) {
        return switch (format) {
            case "markdown" -> new MarkdownNotation(digits);
            case "latex" -> new LatexNotation(digits);
            default -> throw new IllegalArgumentException("--format: expected markdown or latex, found " + format);
        };
    }

    /** A heading of {@code level} 1, 2 or 3. */
    abstract String heading(int level, String text);

    abstract String paragraph(String text);

    /** A displayed equation; {@code math} is LaTeX. */
    abstract String equation(String math);

    /**
     * A labelled matrix: {@code name} (LaTeX math), its entries, what indexes the rows and the columns ({@code e},
     * {@code j}, {@code i}) and which entries to mark (row, column) — the pre-activations on a kink.
     */
    abstract String matrix(String name, double[][] rows, String rowIndex, String columnIndex,
            BiPredicate<Integer, Integer> marked);

    /** A vector (a bias or its gradient) as one labelled row, entries indexed by {@code index}. */
    abstract String vector(String name, double[] entries, String index);

    /** A table whose cells are text with inline math; column {@code wide} takes the rest of the line width. */
    abstract String table(List<String> header, List<List<String>> rows, int wide);

    /** How marked entries look, for the text that explains the mark ("in bold", "boxed"). */
    abstract String markName();

    /** {@code body} as a whole document that compiles (or renders) on its own. */
    public abstract String document(String title, String body);

    /** {@code value} with the chosen significant digits, for use inside math; −0 is 0. */
    abstract String number(double value);

    /**
     * The digits of {@code value}: its shortest decimal form (FMT-NUMBERS, so 0.7 stays 0.7 at 17 digits) rounded to
     * the chosen significant digits, with the decimal exponent in Java's scientific form, {@code 1.5e-12}.
     */
    final String plainNumber(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(digits)).stripTrailingZeros().toString()
                .toLowerCase(Locale.ROOT).replace("e+", "e");
    }

    /** Inline math: {@code $math$}, to be written into text. */
    static String math(String math) {
        return "$" + math + "$";
    }
}
