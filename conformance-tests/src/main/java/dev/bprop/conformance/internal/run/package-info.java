/**
 * Running one case (internal): one call of the adapter ({@link AdapterCall}: the per-case time limit, every
 * throwable turned into a report, a broken answer named under FMT-RESULT), one case against a clause ({@link
 * CaseRunner}), the expected values ({@link Expectations}) and the failure message ({@link Failure}). Whole suites
 * are run from code by the API's {@link dev.bprop.conformance.launch.SuiteRun}.
 *
 * <p><b>One set of steps for MLPs and graphs.</b> {@link CaseRunner} holds every step a case goes through, the
 * same for a problem and a graph: the capability check (KIT-CAPABILITY), the call of the adapter and its faults,
 * the comparison with the expected answer, the diagnosis, shrinking the first failing case of a clause on fresh
 * instances (KIT-SHRINK), the repeated and concurrent calls (KIT-DETERMINISTIC), the shapes (FMT-RESULT,
 * FMT-GRAPH-RESULT), the finite numbers (KIT-FINITE) and the failure's text. {@link MlpCaseRunner} and {@link
 * GraphCaseRunner} keep apart only what is different in kind, on purpose:
 * <ul>
 * <li>what an adapter declares: an MLP adapter its activations, losses, depths and precision ({@code
 * MlpCapabilities}), a graph adapter its operations;</li>
 * <li>the types compared and the comparison ({@code MlpComparison}, {@code GraphComparison}), the bug models that
 * diagnose a failure and a repeat ({@code MlpDiagnosis} and {@code RepeatDiagnosis}; {@code GraphDiagnosis}), and the
 * shrinker ({@code ProblemShrinker} removes layers, examples and units and keeps candidates off the kinks by the
 * precision's margin; {@code GraphShrinker} removes nodes and has no margin);</li>
 * <li>at kinks an MLP failure reports only the library's convention ({@code KinkConvention}), while a graph's
 * models name the convention of its relu nodes themselves;</li>
 * <li>KIT-DETERMINISTIC asks concurrent fresh instances only on MLP problems of 10⁵ weights or more: a batch loop
 * that races shows only there, and no generated graph is that large.</li>
 * </ul>
 * The two suites share their groups of tests the same way ({@code ConformanceSuite} in the root package).
 *
 * <p>KIT-PURE (the problem given left untouched) is not checked: the spec's types copy their arrays in and out and
 * graphs are immutable records, so only reflection into their private fields could change the caller's numbers
 * (SPEC.md, KIT-PURE, withdrawn).
 */
package dev.bprop.conformance.internal.run;
