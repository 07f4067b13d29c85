package dev.bprop.examples.dl4j;

import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.spi.MlpImplementation;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The runtime-bounds suite against DL4J. {@link Dl4jFindingsTest} runs it and asserts its findings; run on its own (a
 * surefire {@code -Dtest} pattern matching this package) it is disabled, since its documented failures would fail
 * the build.
 */
@EnabledIfSystemProperty(named = Dl4jFindingsTest.RUNNING, matches = "true",
        disabledReason = "run through Dl4jFindingsTest, which asserts its documented findings")
public class Dl4jBoundsConformance extends RuntimeBoundsSuite {
    @Override
    protected MlpImplementation implementation() {
        return new Dl4jMlp();
    }
}
