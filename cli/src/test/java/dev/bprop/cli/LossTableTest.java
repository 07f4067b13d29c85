package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The loss table: every epoch, or intervals with their minimum and maximum, so that no spike hides. */
class LossTableTest {
    private static String table(double[] history, int rows) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            LossTable.print(out, history, rows);
        }
        return text.toString();
    }

    /*
     * Six epochs in three rows: intervals end at ⌊i·6/3⌋ = 2, 4, 6. Epochs 1–2 hold 4 and 6 (last 6, min 4, max 6),
     * 3–4 hold 1 and 2 (last 2), 5–6 hold 3 and 0.5 (last 0.5, max 3): the spike 6 and the bump 3 both show.
     */
    @Test
    void table_intervalsShowTheLastMinimumAndMaximum() {
        assertEquals("""
                | epochs | loss at the last | min | max |
                | ---: | ---: | ---: | ---: |
                | 0 | 5.00000 | | |
                | 1–2 | 6.00000 | 4.00000 | 6.00000 |
                | 3–4 | 2.00000 | 1.00000 | 2.00000 |
                | 5–6 | 0.500000 | 0.500000 | 3.00000 |
                """, table(new double[] {5, 4, 6, 1, 2, 3, 0.5}, 3));
    }

    /* Seven epochs in three rows: ⌊7/3⌋ = 2, ⌊14/3⌋ = 4, 7; a one-epoch interval is named by its epoch alone. */
    @Test
    void table_unevenIntervalsCoverEveryEpochOnce() {
        String table = table(new double[] {8, 7, 6, 5, 4, 3, 2, 1}, 3);
        assertEquals("| 5–7 | 1.00000 | 1.00000 | 3.00000 |", table.lines().toList().get(5));
        assertEquals("| 1 | 1.00000 |", table(new double[] {2, 1}, 3).lines().toList().get(3));
    }
}
