/**
 * Running the suites from code and reading what happened, test by test (API): {@link SuiteRun} drives a suite
 * subclass through the JUnit Platform Launcher as a build would, and gives one {@link Outcome} per test, named by
 * its {@link TestName} ({@code LEVEL_CLAUSE_CASE}, {@link Level}); a generated test is one case ({@link MlpCase},
 * {@link GraphCase}: its name, its problem or graph, where it came from and its seed). An optional test that found a convention other
 * than the spec's ends aborted with {@link ConventionDiffers}: reported, never failing a build. Used by
 * {@code bprop conform} and by libraries that assert their known findings in their own tests.
 */
package dev.bprop.conformance.launch;
