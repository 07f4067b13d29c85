package dev.bprop.conformance.internal.diagnose;

import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Reproduction;
import dev.bprop.conformance.internal.diagnose.model.MlpModel;
import dev.bprop.conformance.internal.diagnose.model.MlpModels;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnosis of a failed MLP comparison, by reproduction: every known bug ({@link MlpModels}) that applies to the
 * problem is computed on the same problem, and those whose numbers equal the implementation's within the
 * comparison's tolerance are stated as the cause ({@link Reproduced}). When none does, only what is certain is
 * stated ({@link MlpFacts}: which tensors, layers and examples differ, NaN, an exact constant factor) and that no
 * known bug reproduces the numbers. Nothing is guessed from a pattern: a diagnosis must never send a maintainer the
 * wrong way.
 */
public final class MlpDiagnosis {
    private MlpDiagnosis() {
    }

    public static List<String> of(Problem problem, Result expected, Result found, MlpComparison comparison) {
        List<Reproduced> reproduced = reproduced(problem, found, comparison);
        List<String> findings = new ArrayList<>();
        comparison.shapeErrors().forEach(error -> findings.add("FMT-RESULT: " + error));
        if (!reproduced.isEmpty()) {
            findings.addAll(Reproduced.findings(reproduced, MlpModels.all().size()));
            return findings;
        }
        findings.addAll(MlpFacts.of(problem, expected, found, comparison));
        findings.add("no known bug of the kit's catalogue (" + MlpModels.all().size() + " models) reproduces these "
                + "numbers");
        return findings;
    }

    /** The names of the models that reproduce the failure: the signature the shrinker keeps. */
    public static List<Reproduced> reproduced(Problem problem, Result found, MlpComparison comparison) {
        List<Reproduced> reproduced = new ArrayList<>();
        for (MlpModel model : MlpModels.all()) {
            if (!model.applies().test(problem)) {
                continue;
            }
            try {
                MlpModel.Prediction prediction = model.predict().apply(problem, found);
                Reproduction.Match match = Reproduction.mlp(problem, comparison, prediction.result(), found);
                if (match.matches()) {
                    reproduced.add(new Reproduced(model.name(), model.clause(), model.cause(),
                            prediction.parameter(), match.largestUlps()));
                }
            } catch (RuntimeException notApplicable) {
                // a model that cannot compute this problem (an index its bug runs past) does not reproduce it
            }
        }
        return reproduced;
    }
}
