package dev.bprop.cli;

import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcomes counted clause by clause: one row per (level, clause), required clauses first. */
record ClauseTally(Level level, String clause, int cases, int passed, int failed, int skipped) {

    static List<ClauseTally> of(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byClause = new LinkedHashMap<>();
        outcomes.stream().sorted(Comparator.comparing((Outcome o) -> o.name().level())
                        .thenComparing(o -> o.name().clause()))
                .forEach(o -> byClause.computeIfAbsent(o.name().level() + " " + o.name().clause(),
                        key -> new ArrayList<>()).add(o));
        return byClause.values().stream().map(group -> new ClauseTally(group.get(0).name().level(),
                group.get(0).name().clause(), group.size(), count(group, Status.PASSED), count(group, Status.FAILED),
                count(group, Status.SKIPPED))).toList();
    }

    /** The failed outcomes of {@code row}'s clause and level, in the order they finished. */
    static List<Outcome> failures(ClauseTally row, List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED && o.name().level() == row.level()
                && o.name().clause().equals(row.clause())).toList();
    }

    private static int count(List<Outcome> group, Status status) {
        return (int) group.stream().filter(o -> o.status() == status).count();
    }

    /** Whether every required clause passed: no required test failed. */
    static boolean conforms(List<ClauseTally> rows) {
        return rows.stream().noneMatch(row -> row.level() == Level.REQUIRED && row.failed() > 0);
    }

    /** The one-line verdict. */
    static String verdict(List<ClauseTally> rows) {
        long failedRequired = rows.stream().filter(r -> r.level() == Level.REQUIRED && r.failed() > 0).count();
        int cases = rows.stream().mapToInt(ClauseTally::cases).sum();
        int skipped = rows.stream().mapToInt(ClauseTally::skipped).sum();
        String counts = cases + " cases, " + skipped + " skipped";
        if (failedRequired > 0) {
            return "DOES NOT CONFORM: " + failedRequired + " required clause" + (failedRequired == 1 ? "" : "s")
                    + " failed (" + counts + ")";
        }
        long failedOptional = rows.stream().filter(r -> r.failed() > 0).count();
        return "CONFORMS: every required clause passed" + (failedOptional > 0 ? "; " + failedOptional
                + " optional clause" + (failedOptional == 1 ? "" : "s") + " differ" : "") + " (" + counts + ")";
    }
}
