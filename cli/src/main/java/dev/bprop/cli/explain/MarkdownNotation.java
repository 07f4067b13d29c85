package dev.bprop.cli.explain;

import java.util.List;
import java.util.function.BiPredicate;

/** {@link Notation} for Markdown: tables with pipes, math in Unicode ({@link UnicodeMath}). */
final class MarkdownNotation extends Notation {
    MarkdownNotation(int digits) {
        super(digits);
    }

    @Override
    String heading(int level, String text) {
        return "#".repeat(level) + " " + text(text) + "\n\n";
    }

    @Override
    String paragraph(String text) {
        return text(text) + "\n\n";
    }

    @Override
    String equation(String math) {
        return "    " + UnicodeMath.of(math) + "\n\n";
    }

    @Override
    String matrix(String name, double[][] rows, String rowIndex, String columnIndex,
            BiPredicate<Integer, Integer> marked) {
        StringBuilder text = new StringBuilder(UnicodeMath.of(name)).append(":\n\n| ").append(rowIndex)
                .append(" \\ ").append(columnIndex).append(" |");
        int columns = rows[0].length;
        for (int column = 0; column < columns; column++) {
            text.append(' ').append(column).append(" |");
        }
        text.append("\n| --- |").append(" ---: |".repeat(columns)).append('\n');
        for (int row = 0; row < rows.length; row++) {
            text.append("| ").append(row).append(" |");
            for (int column = 0; column < columns; column++) {
                String entry = number(rows[row][column]);
                text.append(' ').append(marked.test(row, column) ? "**" + entry + "**" : entry).append(" |");
            }
            text.append('\n');
        }
        return text.append('\n').toString();
    }

    @Override
    String vector(String name, double[] entries, String index) {
        StringBuilder text = new StringBuilder("| ").append(index).append(" |");
        for (int j = 0; j < entries.length; j++) {
            text.append(' ').append(j).append(" |");
        }
        text.append("\n| --- |").append(" ---: |".repeat(entries.length)).append("\n| ")
                .append(UnicodeMath.of(name)).append(" |");
        for (double entry : entries) {
            text.append(' ').append(number(entry)).append(" |");
        }
        return text.append("\n\n").toString();
    }

    @Override
    String table(List<String> header, List<List<String>> rows, int wide) {
        StringBuilder text = new StringBuilder(row(header)).append("|").append(" --- |".repeat(header.size()))
                .append('\n');
        rows.forEach(row -> text.append(row(row)));
        return text.append('\n').toString();
    }

    @Override
    String markName() {
        return "in bold";
    }

    @Override
    public String document(String title, String body) {
        return body;
    }

    @Override
    String number(double value) {
        return plainNumber(value);
    }

    private String row(List<String> cells) {
        StringBuilder text = new StringBuilder("|");
        cells.forEach(cell -> text.append(' ').append(text(cell).replace("|", "\\|")).append(" |"));
        return text.append('\n').toString();
    }

    /** Text with its inline math turned into Unicode. */
    private static String text(String text) {
        String[] parts = text.split("\\$", -1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            out.append(k % 2 == 0 ? parts[k] : UnicodeMath.of(parts[k]));
        }
        return out.toString();
    }
}
