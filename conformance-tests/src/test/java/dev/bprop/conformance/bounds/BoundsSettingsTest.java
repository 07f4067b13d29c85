package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundsSettingsTest {
    @AfterEach
    void clear() {
        System.clearProperty("bprop.bounds.exponent");
        System.clearProperty("bprop.bounds.budget");
        System.clearProperty("bprop.bounds.seed");
    }

    @Test
    void BOUND_VERDICT_theDefaultsKeepTheProfileUnderAMinute() {
        BoundsSettings settings = BoundsSettings.fromEnvironment();
        assertEquals(1.25, settings.exponentLimit());
        assertEquals(5, settings.ratioLimit());
        assertTrue(settings.budget().multipliedBy(Bound.values().length).compareTo(Duration.ofSeconds(60)) < 0);
        assertEquals(Duration.ofMillis(500), settings.warmUp());
        assertEquals(Duration.ofMillis(4), settings.sampleTime());
        assertEquals(5, settings.sampling().minRounds());
        assertEquals(0.99, settings.sampling().confidence());
        assertEquals(BoundsSettings.DEFAULT_SEED, settings.sampling().seed());
    }

    @Test
    void BOUND_VERDICT_systemPropertiesOverrideTheDefaults() {
        System.setProperty("bprop.bounds.exponent", "1.5");
        System.setProperty("bprop.bounds.budget", " 2.5 ");
        System.setProperty("bprop.bounds.seed", "42");
        BoundsSettings settings = BoundsSettings.fromEnvironment();
        assertEquals(1.5, settings.exponentLimit());
        assertEquals(Duration.ofMillis(2500), settings.budget());
        assertEquals(42, settings.sampling().seed());
        assertEquals(Duration.ofSeconds(1), settings.withBudget(Duration.ofSeconds(1)).budget());
    }

    @Test
    void BOUND_VERDICT_aValueThatIsNotANumberNamesItsSetting() {
        System.setProperty("bprop.bounds.budget", "soon");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, BoundsSettings::fromEnvironment);
        assertTrue(e.getMessage().contains("bprop.bounds.budget (or BPROP_BOUNDS_BUDGET)"), e.getMessage());
    }
}
