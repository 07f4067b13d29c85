package dev.bprop.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The names of the suites' dynamic tests as build tools report them: every test carries a source of its own, the
 * URI {@code bprop:LEVEL_CLAUSE_CASE}, so that surefire reports it under that name rather than under its factory
 * method and an index.
 */
class TestNameSourceTest {
    @Test
    void KIT_NAMES_theSourceOfATestIsItsNameUnderTheBpropScheme() {
        assertEquals(URI.create("bprop:required_BP2_mixed_seed=-5"),
                TestName.required("BP2", "mixed_seed=-5").source());
    }

    @Test
    void KIT_NAMES_everyDynamicTestOfTheSuitesCarriesItsNameAsItsSource() {
        MlpConformanceSuite suite = new MlpConformanceSuite() {
            @Override
            protected MlpImplementation implementation() {
                return new ReferenceMlpImplementation();
            }
        };
        Stream.of(suite.required_specVectors(), suite.required_generatedProblems(),
                suite.required_implementationContract(), suite.optional_kinkConvention()).flatMap(tests -> tests)
                .forEach(test -> assertEquals(URI.create("bprop:" + test.getDisplayName()),
                        test.getTestSourceUri().orElseThrow(), test.getDisplayName()));
    }
}
