package dev.bprop.cli.explain;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * {@link Notation} for LaTeX: math as written, text escaped, matrices as arrays with their indices in the first row
 * and column. A fragment needs the packages amsmath and tabularx, which {@link #document} loads. The text of the explanations is ASCII; a character outside it (a node named in Greek)
 * is written as its Unicode code point, so that the document compiles with pdflatex's standard fonts.
 */
final class LatexNotation extends Notation {
    private static final Map<Character, String> TEXT_SPECIALS = Map.ofEntries(Map.entry('\\', "\\textbackslash{}"),
            Map.entry('{', "\\{"), Map.entry('}', "\\}"), Map.entry('$', "\\$"), Map.entry('&', "\\&"),
            Map.entry('%', "\\%"), Map.entry('#', "\\#"), Map.entry('_', "\\_"), Map.entry('^', "\\^{}"),
            Map.entry('~', "\\~{}"), Map.entry('<', "$<$"), Map.entry('>', "$>$"), Map.entry('|', "$|$"));

    LatexNotation(int digits) {
        super(digits);
    }

    @Override
    String heading(int level, String text) {
        return "\\" + "sub".repeat(Math.min(level - 1, 2)) + "section*{" + text(text) + "}\n\n";
    }

    @Override
    String paragraph(String text) {
        return text(text) + "\n\n";
    }

    @Override
    String equation(String math) {
        return "\\[ " + math + " \\]\n\n";
    }

    @Override
    String matrix(String name, double[][] rows, String rowIndex, String columnIndex,
            BiPredicate<Integer, Integer> marked) {
        int columns = rows[0].length;
        StringBuilder text = new StringBuilder("\\[ ").append(name).append(" = \\begin{array}{r|")
                .append("r".repeat(columns)).append("}\n  ").append(rowIndex).append(" \\backslash ")
                .append(columnIndex);
        for (int column = 0; column < columns; column++) {
            text.append(" & ").append(column);
        }
        text.append(" \\\\ \\hline\n");
        for (int row = 0; row < rows.length; row++) {
            text.append("  ").append(row);
            for (int column = 0; column < columns; column++) {
                String entry = number(rows[row][column]);
                text.append(" & ").append(marked.test(row, column) ? "\\boxed{" + entry + "}" : entry);
            }
            text.append(" \\\\\n");
        }
        return text.append("\\end{array} \\]\n\n").toString();
    }

    @Override
    String vector(String name, double[] entries, String index) {
        StringBuilder text = new StringBuilder("\\[ \\begin{array}{r|").append("r".repeat(entries.length))
                .append("}\n  ").append(index);
        for (int j = 0; j < entries.length; j++) {
            text.append(" & ").append(j);
        }
        text.append(" \\\\ \\hline\n  ").append(name);
        for (double entry : entries) {
            text.append(" & ").append(number(entry));
        }
        return text.append("\n\\end{array} \\]\n\n").toString();
    }

    @Override
    String table(List<String> header, List<List<String>> rows, int wide) {
        StringBuilder text = new StringBuilder("\\noindent\\begin{tabularx}{\\textwidth}{")
                .append("l".repeat(wide)).append(">{\\raggedright\\arraybackslash}X")
                .append("l".repeat(header.size() - wide - 1)).append("}\n").append(row(header)).append("\\hline\n");
        rows.forEach(row -> text.append(row(row)));
        return text.append("\\end{tabularx}\n\n").toString();
    }

    @Override
    String markName() {
        return "boxed";
    }

    @Override
    public String document(String title, String body) {
        return "\\documentclass[a4paper]{article}\n\\usepackage{amsmath}\n\\usepackage{tabularx}\n"
                + "\\usepackage[margin=2cm]{geometry}\n"
                + "\\title{" + text(title) + "}\n\\date{}\n\\begin{document}\n\\maketitle\n\n" + body
                + "\\end{document}\n";
    }

    @Override
    String number(double value) {
        String plain = plainNumber(value);
        int exponent = plain.indexOf('e');
        return exponent < 0 ? plain
                : plain.substring(0, exponent) + " \\cdot 10^{" + plain.substring(exponent + 1) + "}";
    }

    private static String row(List<String> cells) {
        return String.join(" & ", cells.stream().map(LatexNotation::text).toList()) + " \\\\\n";
    }

    /** Text with inline math: the math kept, the text escaped. */
    private static String text(String text) {
        String[] parts = text.split("\\$", -1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            out.append(k % 2 == 0 ? escape(parts[k]) : "$" + parts[k] + "$");
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 128) {
                out.append(TEXT_SPECIALS.getOrDefault((char) c, Character.toString(c)));
            } else {
                out.append("[U+").append(String.format("%04X", c)).append(']');
            }
        });
        return out.toString();
    }
}
