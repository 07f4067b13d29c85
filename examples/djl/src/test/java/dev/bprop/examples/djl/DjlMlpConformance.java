package dev.bprop.examples.djl;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.run.MlpCaseRunner;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.json.BpropJson;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The MLP suite against DJL, run through {@link DjlFindingsTest}, which asserts its known findings; plus one case
 * the kit's generator does not draw.
 */
public class DjlMlpConformance extends MlpConformanceSuite {
    /** A sigmoid output whose logit is exactly 0 (zero weights and bias), with binary cross entropy. */
    static final Path ZERO_LOGIT_PROBLEM = Path.of("findings", "bce-zero-logit.json");

    @Override
    protected MlpImplementation implementation() {
        return new DjlMlp();
    }

    /**
     * BP1-SIGMOID-BCE at z^L = 0 exactly. The kit's generated problems draw their biases at random, so a logit of
     * exactly 0 never occurs; in training it does (DJL initialises biases to 0, and a layer of dead ReLUs below
     * then leaves z^L = b^L = 0). The loss is smooth there (softplus(z) − y·z), so ACT-KINK does not apply and the
     * required clause holds. The case runs through the kit's own runner: the same comparison, diagnosis and
     * shrinking as every other case.
     */
    @TestFactory
    public Stream<DynamicTest> required_adopterProblems() {
        MlpCaseRunner runner = new MlpCaseRunner(implementation(), expectations());
        MlpCase zeroLogit = new MlpCase(TestName.required("BP1-SIGMOID-BCE", "djl-zero-logit"),
                BpropJson.readProblem(ZERO_LOGIT_PROBLEM), "problem file " + ZERO_LOGIT_PROBLEM);
        return Stream.of(DynamicTest.dynamicTest(zeroLogit.name().toString(), () -> runner.values(zeroLogit)));
    }
}
