package dev.bprop.conformance.launch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one conformance test: {@code LEVEL_CLAUSE_CASE}, e.g. {@code required_BP2_seed=1234-depth=4} or
 * {@code optional_ACT-KINK_relu-probe}. The clause is a clause ID of SPEC.md (capitals, digits and hyphens), or
 * a kit clause {@code KIT-*} of the conformance README; the case starts with a lower-case letter, so the name
 * parses back unambiguously. Reports group tests by level and clause through {@link #parse(String)}.
 */
public record TestName(Level level, String clause, String caseName) {
    private static final Pattern FORMAT = Pattern.compile("(required|optional)_([A-Z][A-Z0-9-]*)_([a-z].*)");

    public TestName {
        if (!FORMAT.matcher(level.prefix() + "_" + clause + "_" + caseName).matches()) {
            throw new IllegalArgumentException("not a conformance test name: " + level + " " + clause + " " + caseName);
        }
    }

    public static TestName required(String clause, String caseName) {
        return new TestName(Level.REQUIRED, clause, caseName);
    }

    public static TestName optional(String clause, String caseName) {
        return new TestName(Level.OPTIONAL, clause, caseName);
    }

    /** The name {@code displayName} stands for, if it is a conformance test name. */
    public static Optional<TestName> parse(String displayName) {
        Matcher matcher = FORMAT.matcher(displayName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Level level = matcher.group(1).equals("required") ? Level.REQUIRED : Level.OPTIONAL;
        return Optional.of(new TestName(level, matcher.group(2), matcher.group(3)));
    }

    /**
     * The test's source as a dynamic test declares it: {@code bprop:LEVEL_CLAUSE_CASE}. A dynamic test without a
     * source of its own has its factory method's, and surefire then reports it under the factory's name and an
     * index ({@code required_generatedProblems()[5]}); with this one it reports the test under its name, in the
     * console and in the XML report alike.
     */
    public URI source() {
        try {
            return new URI("bprop", toString(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a test name is always a URI's scheme-specific part: " + this, e);
        }
    }

    @Override
    public String toString() {
        return level.prefix() + "_" + clause + "_" + caseName;
    }
}
