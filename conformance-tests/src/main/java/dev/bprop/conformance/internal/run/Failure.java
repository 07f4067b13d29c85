package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Report;
import dev.bprop.oracle.compare.Sides;
import java.util.List;
import java.util.OptionalLong;
import org.opentest4j.AssertionFailedError;

/**
 * The failure message of a conformance test, in a fixed layout: what failed (level, clause, case and where the
 * case came from, with its seed), the first mismatching numbers in the oracle's report lines ({@link Report}: clause,
 * layer, tensor, index, expected, found, absolute and relative error, ulps, the tolerance with its origin, the
 * seed), the diagnosis, and the smallest failing input as a file to paste into a bug report.
 */
final class Failure {
    static final int SHOWN = 8;

    private final StringBuilder text = new StringBuilder();

    private Failure(TestName name, String origin, String summary) {
        text.append(name).append(name.level() == Level.OPTIONAL ? " differs (clause " : " failed (clause ")
                .append(name.clause()).append("): ").append(summary)
                .append("\n  case: ").append(origin);
    }

    static Failure of(TestName name, String origin, String summary) {
        return new Failure(name, origin, summary);
    }

    /** The first {@value #SHOWN} of the mismatches, computed by the two {@code sides} of a case with {@code seed}. */
    Failure mismatches(List<ElementComparison> mismatches, Sides sides, OptionalLong seed) {
        if (!mismatches.isEmpty()) {
            text.append("\n  ").append(mismatches.size()).append(" numbers outside their tolerance");
            mismatches.stream().limit(SHOWN).forEach(m -> text.append("\n    ")
                    .append(Report.line(m, sides.expectedBy(), sides.foundBy(), seed)));
        }
        return this;
    }

    Failure diagnosis(List<String> findings) {
        if (!findings.isEmpty()) {
            text.append("\n  diagnosis:");
            findings.forEach(finding -> text.append("\n    - ").append(finding));
        }
        return this;
    }

    /** A file's content under a heading, indented as the message is. */
    Failure file(String heading, String content) {
        text.append("\n  ").append(heading).append("\n").append(content.strip());
        return this;
    }

    AssertionFailedError error() {
        return new AssertionFailedError(text.toString());
    }

    AssertionFailedError error(Throwable cause) {
        return new AssertionFailedError(text.toString(), cause);
    }
}
