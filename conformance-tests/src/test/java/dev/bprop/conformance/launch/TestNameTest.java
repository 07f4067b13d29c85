package dev.bprop.conformance.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The names of the conformance tests (KIT-CAPABILITY: a required test decides the verdict, an optional one reports a
 * convention): {@code LEVEL_CLAUSE_CASE}, parsed back unambiguously.
 */
class TestNameTest {
    @Test
    void KIT_CAPABILITY_aRequiredNameReadsLevelClauseAndCase() {
        TestName name = TestName.required("BP2", "mixed_seed=-5");
        assertEquals("required_BP2_mixed_seed=-5", name.toString());
        assertEquals(new TestName(Level.REQUIRED, "BP2", "mixed_seed=-5"), name);
    }

    @Test
    void KIT_CAPABILITY_anOptionalNameCarriesTheOptionalPrefix() {
        TestName name = TestName.optional("ACT-KINK", "relu-probe-at-0");
        assertEquals(new TestName(Level.OPTIONAL, "ACT-KINK", "relu-probe-at-0"), name);
        assertEquals("optional_ACT-KINK_relu-probe-at-0", name.toString());
        assertEquals(URI.create("bprop:optional_ACT-KINK_relu-probe-at-0"), name.source());
    }

    @Test
    void KIT_CAPABILITY_aNameParsesBackToItsParts() {
        assertEquals(Optional.of(TestName.required("KIT-DETERMINISTIC", "large-concurrent_seed=3")),
                TestName.parse("required_KIT-DETERMINISTIC_large-concurrent_seed=3"));
        assertEquals(Optional.of(TestName.optional("ACT-KINK", "vector-kink")),
                TestName.parse("optional_ACT-KINK_vector-kink"));
    }

    @Test
    void KIT_CAPABILITY_otherDisplayNamesAreNotConformanceTestNames() {
        assertEquals(Optional.empty(), TestName.parse("required_generatedProblems()[5]"));
        assertEquals(Optional.empty(), TestName.parse("mandatory_BP2_mixed"));
        assertEquals(Optional.empty(), TestName.parse("required_bp2_mixed"));
    }

    /** The case must start with a lower-case letter, the clause with a capital: otherwise the name is ambiguous. */
    @Test
    void KIT_CAPABILITY_aNameThatWouldNotParseBackIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TestName.required("BP2", "Mixed"));
        assertThrows(IllegalArgumentException.class, () -> TestName.optional("act-kink", "probe"));
        assertThrows(IllegalArgumentException.class, () -> TestName.required("BP2_X", ""));
    }

    @Test
    void KIT_CAPABILITY_theLevelsPrefixesAreLowerCase() {
        assertEquals("required", Level.REQUIRED.prefix());
        assertEquals("optional", Level.OPTIONAL.prefix());
    }
}
