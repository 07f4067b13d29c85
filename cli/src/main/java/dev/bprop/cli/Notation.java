package dev.bprop.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How a worked example is written down: Markdown for notes and issues, LaTeX for course material. */
enum Notation {
    MARKDOWN {
        @Override
        String heading(int level, String text) {
            return "#".repeat(level) + " " + text + "\n\n";
        }

        @Override
        String paragraph(String text) {
            return text + "\n\n";
        }

        @Override
        String matrix(String name, double[][] rows, String rowLabel, String columnLabel) {
            StringBuilder text = new StringBuilder(name).append(":\n\n| ").append(rowLabel).append(" \\ ")
                    .append(columnLabel).append(" |");
            int columns = rows[0].length;
            for (int column = 0; column < columns; column++) {
                text.append(' ').append(column).append(" |");
            }
            text.append("\n| --- |").append(" ---: |".repeat(columns)).append('\n');
            for (int row = 0; row < rows.length; row++) {
                text.append("| ").append(row).append(" |");
                for (double value : rows[row]) {
                    text.append(' ').append(number(value)).append(" |");
                }
                text.append('\n');
            }
            return text.append('\n').toString();
        }
    },
    LATEX {
        @Override
        String heading(int level, String text) {
            return "\\" + "sub".repeat(Math.min(level - 1, 2)) + "section*{" + escape(text) + "}\n\n";
        }

        @Override
        String paragraph(String text) {
            return escape(text) + "\n\n";
        }

        @Override
        String matrix(String name, double[][] rows, String rowLabel, String columnLabel) {
            StringBuilder text = new StringBuilder("\\[ ").append(escape(name)).append(" = \\begin{pmatrix}\n");
            for (double[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (double value : row) {
                    line.append(line.length() == 0 ? "  " : " & ").append(number(value));
                }
                text.append(line).append(" \\\\\n");
            }
            return text.append("\\end{pmatrix} \\]\n\n").toString();
        }

        private String escape(String text) {
            return text.replace("_", "\\_").replace("%", "\\%").replace("#", "\\#");
        }
    };

    abstract String heading(int level, String text);

    abstract String paragraph(String text);

    /** A matrix with its name; rows labelled by {@code rowLabel} (e, j), columns by {@code columnLabel} (j, i). */
    abstract String matrix(String name, double[][] rows, String rowLabel, String columnLabel);

    /** Ten significant digits, which is what a reader can compare by eye; exact where fewer suffice; −0 is 0. */
    static String number(double value) {
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toString()
                .toLowerCase(Locale.ROOT);
    }
}
