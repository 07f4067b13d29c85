package dev.bprop.examples.encog;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.spi.MlpImplementation;

/**
 * The MLP conformance suite against Encog 3.4; run by {@link EncogFindingsTest}, not by surefire directly.
 *
 * <p>The base seed is pinned to the kit's default, whatever {@code bprop.conformance.seed} says: which clauses a
 * deviation fails depends on the generated cases, and {@link EncogFindingsTest} asserts them for these cases.
 * Other seeds draw other cases ({@code bprop conform --seed N --implementation dev.bprop.examples.encog.EncogMlp}).
 */
public class EncogMlpConformance extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new EncogMlp();
    }

    @Override
    protected long seed() {
        return DEFAULT_SEED;
    }
}
