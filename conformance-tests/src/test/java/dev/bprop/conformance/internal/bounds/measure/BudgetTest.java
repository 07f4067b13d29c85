package dev.bprop.conformance.internal.bounds.measure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BudgetTest {
    @Test
    void BOUND_VERDICT_aBudgetIsSpentWhenItsClockReachesTheDeadline() {
        SimulatedMachine machine = new SimulatedMachine();
        machine.run(0, 5_000, 0);
        Budget budget = Budget.of(Duration.ofNanos(1_000), machine.instruments().wall());
        assertFalse(budget.exhausted(), "started at 5 000 ns, deadline 6 000 ns");
        machine.run(0, 999, 0);
        assertFalse(budget.exhausted(), "5 999 ns");
        machine.run(0, 1, 0);
        assertTrue(budget.exhausted(), "6 000 ns");
        machine.run(0, 1, 0);
        assertTrue(budget.exhausted(), "6 001 ns");
    }

    @Test
    void BOUND_VERDICT_aBudgetIsKeptOnTheClockItIsGivenOnly() {
        SimulatedMachine machine = new SimulatedMachine();
        Budget budget = Budget.of(Duration.ofNanos(1_000), machine.instruments().wall());
        machine.run(2_000, 0, 0);
        assertFalse(budget.exhausted(), "CPU time is not the budget's clock");
    }

    @Test
    void BOUND_VERDICT_aZeroBudgetIsSpentAtOnce() {
        assertTrue(Budget.of(Duration.ZERO, new SimulatedMachine().instruments().wall()).exhausted());
    }
}
