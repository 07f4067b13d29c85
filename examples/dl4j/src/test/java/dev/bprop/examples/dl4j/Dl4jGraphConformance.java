package dev.bprop.examples.dl4j;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.spi.GraphImplementation;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The graph suite against DL4J's SameDiff. {@link Dl4jFindingsTest} runs it and asserts its findings; run on its
 * own (a surefire {@code -Dtest} pattern matching this package) it is disabled, since its documented failures would
 * fail the build.
 */
@EnabledIfSystemProperty(named = Dl4jFindingsTest.RUNNING, matches = "true",
        disabledReason = "run through Dl4jFindingsTest, which asserts its documented findings")
public class Dl4jGraphConformance extends GraphConformanceSuite {
    @Override
    protected GraphImplementation implementation() {
        return new SameDiffGraph();
    }
}
