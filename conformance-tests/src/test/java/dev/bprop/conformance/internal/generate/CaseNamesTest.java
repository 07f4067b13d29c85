package dev.bprop.conformance.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.graph.GraphOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * KIT-NAMES: a test's name identifies it in every report, so no two generated cases of the MLP and graph suites may
 * share one, whichever base seed they are drawn from. (The two suites' contract plans draw from the same seed rule;
 * when their KIT-DETERMINISTIC cases both carried the label "mixed", the first two of each had the same name.)
 */
class CaseNamesTest {
    @Test
    void KIT_NAMES_noTwoGeneratedCasesOfTheSuitesShareAName() {
        for (long baseSeed : List.of(1L, 7L, 20261122L)) {
            List<String> names = new ArrayList<>();
            MlpCasePlan.cases(baseSeed, Profiles.all()).forEach(c -> names.add(c.name().toString()));
            MlpCasePlan.contractCases(baseSeed, Profiles.all()).forEach(c -> names.add(c.name().toString()));
            Set<GraphOp> everyOperation = EnumSet.allOf(GraphOp.class);
            GraphCasePlan.cases(baseSeed, everyOperation).forEach(c -> names.add(c.name().toString()));
            GraphCasePlan.contractCases(baseSeed, everyOperation).forEach(c -> names.add(c.name().toString()));
            Set<String> seen = new TreeSet<>();
            List<String> repeated = names.stream().filter(name -> !seen.add(name)).toList();
            assertEquals(List.of(), repeated, "base seed " + baseSeed);
        }
    }
}
