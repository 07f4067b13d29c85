package dev.bprop.cli;

import dev.bprop.conformance.launch.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.launch.Outcome.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clause table's rows, the verdict and the exit decision, counted by hand from a few outcomes. */
class ClauseTallyTest {
    static Outcome outcome(String name, Status status) {
        return new Outcome(TestName.parse(name).orElseThrow(), status, status + " " + name);
    }

    @Test
    void rowsCountEachClauseRequiredFirst() {
        List<ClauseTally> rows = ClauseTally.of(List.of(outcome("optional_ACT-KINK_probe", Status.FAILED),
                outcome("required_BP2_a", Status.PASSED), outcome("required_BP1_a", Status.SKIPPED),
                outcome("required_BP2_b", Status.FAILED), outcome("required_BP2_c", Status.PASSED)));
        assertEquals(List.of(new ClauseTally(Level.REQUIRED, "BP1", 1, 0, 0, 1),
                new ClauseTally(Level.REQUIRED, "BP2", 3, 2, 1, 0),
                new ClauseTally(Level.OPTIONAL, "ACT-KINK", 1, 0, 1, 0)), rows);
        assertFalse(ClauseTally.conforms(rows));
        assertEquals("DOES NOT CONFORM: 1 required clause failed (5 cases, 1 skipped)", ClauseTally.verdict(rows));
    }

    @Test
    void onlyRequiredClausesDecideTheVerdict() {
        List<ClauseTally> one = ClauseTally.of(List.of(outcome("required_BP2_a", Status.PASSED),
                outcome("optional_ACT-KINK_a", Status.FAILED)));
        assertTrue(ClauseTally.conforms(one));
        assertEquals("CONFORMS: every required clause passed; 1 optional clause differ (2 cases, 0 skipped)",
                ClauseTally.verdict(one));
        List<ClauseTally> two = ClauseTally.of(List.of(outcome("optional_ACT-KINK_a", Status.FAILED),
                outcome("optional_KIT-X_a", Status.FAILED), outcome("required_BP3_a", Status.PASSED)));
        assertEquals("CONFORMS: every required clause passed; 2 optional clauses differ (3 cases, 0 skipped)",
                ClauseTally.verdict(two));
        assertEquals("CONFORMS: every required clause passed (2 cases, 0 skipped)",
                ClauseTally.verdict(ClauseTally.of(List.of(outcome("required_BP3_a", Status.PASSED),
                        outcome("optional_ACT-KINK_a", Status.PASSED)))));
        List<ClauseTally> failing = ClauseTally.of(List.of(outcome("required_BP3_a", Status.FAILED),
                outcome("required_BP4_a", Status.FAILED), outcome("optional_ACT-KINK_a", Status.PASSED)));
        assertFalse(ClauseTally.conforms(failing));
        assertEquals("DOES NOT CONFORM: 2 required clauses failed (3 cases, 0 skipped)", ClauseTally.verdict(failing));
    }
}
