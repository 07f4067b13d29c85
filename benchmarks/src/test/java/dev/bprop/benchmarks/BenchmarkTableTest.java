package dev.bprop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table shows the peers' columns (DL4J, DJL) only for a library timed on every network (COST-TIME): a jar built
 * without {@code -Ppeers} has no such benchmarks, and its table keeps the 16 columns it always had.
 */
class BenchmarkTableTest {
    private static final String[] WIDTHS = {"20", "67", "220", "705"};
    private static final String[] METHODS = {"forward", "gradient", "forwardProducts", "gradientProducts",
        "mlpGradient", "directional", "derivativeStructureDirectional", "verdict", "finiteDifferences",
        "derivativeStructureFull", "exactFractions"};

    @Test
    void costTime_withoutPeersTheTableKeepsItsSixteenColumns() {
        String header = header(BenchmarkTable.table(millis()));
        assertEquals(16, columns(header));
        assertFalse(header.contains("DL4J"));
        assertFalse(header.contains("DJL"));
    }

    @Test
    void costTime_aPeerTimedOnEveryNetworkGetsItsTimeAndItsMultipleOfTheReferenceGradient() {
        Map<String, Double> millis = millis();
        for (String width : WIDTHS) {
            millis.put("dl4jGradient " + width, 30.0);
        }
        String table = BenchmarkTable.table(millis);
        String header = header(table);
        assertEquals(18, columns(header));
        assertTrue(header.endsWith("| DL4J gradient ms | ref grad / DL4J |"), header);
        // Every reference gradient takes 10 ms here, so DL4J's 30 ms is 3.00 times it.
        String lastRow = table.lines().filter(line -> line.startsWith("| 1001100 |")).findFirst().orElseThrow();
        assertTrue(lastRow.endsWith("| 30.0000 | 3.00 |"), lastRow);
    }

    @Test
    void costTime_aPeerMissingOnOneNetworkIsLeftOut() {
        Map<String, Double> millis = millis();
        for (String width : List.of("20", "67", "220")) {
            millis.put("djlGradient " + width, 30.0);
        }
        assertEquals(16, columns(header(BenchmarkTable.table(millis))));
    }

    /** Every benchmark of the jar without peers, 10 ms each. */
    private static Map<String, Double> millis() {
        Map<String, Double> millis = new HashMap<>();
        for (String method : METHODS) {
            for (String width : WIDTHS) {
                millis.put(method + " " + width, 10.0);
            }
        }
        return millis;
    }

    private static String header(String table) {
        return table.lines().filter(line -> line.startsWith("| weights |")).findFirst().orElseThrow();
    }

    private static int columns(String row) {
        return (int) row.chars().filter(c -> c == '|').count() - 1;
    }
}
