package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.internal.diagnose.KinkConvention;
import dev.bprop.conformance.internal.diagnose.MlpDiagnosis;
import dev.bprop.conformance.internal.diagnose.RepeatDiagnosis;
import dev.bprop.conformance.internal.generate.HidingPlaces;
import dev.bprop.conformance.internal.generate.MlpCapabilities;
import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.internal.shrink.ProblemShrinker;
import dev.bprop.conformance.internal.shrink.Signature;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The steps of {@link CaseRunner} for MLP problems: what an MLP adapter declares ({@link MlpCapabilities}: the
 * activations, losses, depths and precision it supports), the diagnosis by the MLP bug models, at kinks the
 * library's convention ({@link KinkConvention}), the shrinker that keeps candidates off the kinks by the precision's
 * margin, and KIT-DETERMINISTIC's concurrent calls on problems of {@value HidingPlaces#LARGE_WEIGHTS} weights or
 * more.
 */
public final class MlpCaseRunner extends CaseRunner<MlpCase, Problem, Result, MlpComparison> {
    private final MlpCapabilities capabilities;

    /** A runner whose shrinker asks {@code implementation} itself: for an adapter that keeps no state. */
    public MlpCaseRunner(MlpImplementation implementation, Expectations expectations) {
        this(implementation, () -> implementation, expectations);
    }

    /**
     * A runner that asks {@code implementation} the cases and a {@code fresh} instance each candidate of the
     * shrinker and each concurrent caller.
     */
    public MlpCaseRunner(MlpImplementation implementation, Supplier<MlpImplementation> fresh,
            Expectations expectations) {
        this(implementation, fresh, expectations, MlpCapabilities.of(implementation));
    }

    private MlpCaseRunner(MlpImplementation implementation, Supplier<MlpImplementation> fresh,
            Expectations expectations, MlpCapabilities capabilities) {
        super(implementation::gradient, () -> fresh.get()::gradient, expectations, "problem", "gradient");
        this.capabilities = capabilities;
    }

    @Override
    Posed<Problem> posed(MlpCase c) {
        return new Posed<>(c.name(), c.origin(), c.seed(), c.problem());
    }

    @Override
    Precision precision() {
        return capabilities.precision();
    }

    @Override
    Optional<String> unsupported(Problem problem) {
        return capabilities.unsupported(problem);
    }

    @Override
    Optional<Result> expected(Expectations expectations, Problem problem) {
        return expectations.of(problem);
    }

    @Override
    Optional<String> brokenPlace(Result answer) {
        return ResultStructure.mlp(answer);
    }

    @Override
    Compared<MlpComparison> compare(Problem problem, Result expected, Result found, Sides sides) {
        MlpComparison comparison = MlpComparison.of(problem, expected, found, sides);
        return new Compared<>(comparison, comparison.passed(), comparison.mismatches(), comparison.shapeErrors());
    }

    /** At kinks the library's convention, which no bug model explains; elsewhere the models' findings. */
    @Override
    List<String> diagnosis(Problem problem, Result expected, Result found, MlpComparison comparison,
            boolean atKinks) {
        if (atKinks && comparison.shapeErrors().isEmpty()) {
            return KinkConvention.of(problem, found, comparison).stream().toList();
        }
        return MlpDiagnosis.of(problem, expected, found, comparison);
    }

    @Override
    List<String> repeatDiagnosis(MlpComparison firstAgainstLater) {
        return RepeatDiagnosis.of(firstAgainstLater);
    }

    @Override
    Signature signature(Problem problem, Result found, MlpComparison comparison) {
        return Signature.of(problem, found, comparison);
    }

    /** Off the kinks by the precision's margin, unless the case probes the kinks themselves. */
    @Override
    Shrunk<Problem> shrink(Problem failing, Predicate<Problem> fails, boolean atKinks) {
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(failing, fails,
                atKinks ? 0 : capabilities.kinkMargin());
        return new Shrunk<>(shrunk.problem(), shrunk.steps());
    }

    /** A batch loop that races shows only on large problems with the cores busy. */
    @Override
    boolean askedConcurrently(Problem problem) {
        return weights(problem) >= HidingPlaces.LARGE_WEIGHTS;
    }

    private static long weights(Problem problem) {
        long weights = 0;
        for (int l = 1; l <= problem.depth(); l++) {
            weights += (long) problem.width(l) * problem.width(l - 1);
        }
        return weights;
    }

    @Override
    String write(Problem problem) {
        return BpropJson.write(problem);
    }
}
