/**
 * The kit's internals, as JUnit keeps its own apart: case generation, running and comparing a case, diagnosis,
 * shrinking, and the runtime bounds' measuring and fitting. Public only because the suites, {@code bprop}'s command
 * line and this project's examples of the same version use them; no adapter or suite subclass needs them, no public
 * or protected member of the API names one of their types (the kit's {@code ApiSurfaceTest}), and they change in
 * any release without notice.
 */
package dev.bprop.conformance.internal;
