package dev.bprop.reference.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.bprop.reference.graph.algebra.Symbols;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties on random graphs with shared sub-expressions (clauses GBP-BUILDGRAD, GBP-S2S): gradients agree with
 * central finite differences, and second derivatives built as symbols agree with finite differences of the
 * gradient. The seed is fixed by the system property QT_SEED (reference/pom.xml).
 */
class PropertiesTest {
    private static final double H = 1e-5;

    private static final Gen<List<Integer>> CODE = lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 14);
    private static final Gen<Double> X = doubles().between(-1.5, 1.5);

    @Test
    void gbpBuildgrad_gradientsAgreeWithCentralFiniteDifferences() {
        qt().withExamples(300).forAll(CODE, X, X, X).checkAssert((code, x0, x1, x2) -> {
            RandomGraph f = new RandomGraph(code, x0, x1, x2);
            List<Matrix> gradient = Gradients.both(f.graph, f.output, f.inputs);
            for (int j = 0; j < 3; j++) {
                double difference = (value(f, f.output, j, H) - value(f, f.output, j, -H)) / (2 * H);
                double found = gradient.get(j).scalarValue();
                assertEquals(difference, found, 1e-6 * (1 + Math.abs(difference)), () -> "∂f/∂x for " + code);
            }
        });
    }

    @Test
    void gbpS2s_secondDerivativesAgreeWithFiniteDifferencesOfTheGradient() {
        qt().withExamples(150).forAll(CODE, X, X, X).checkAssert((code, x0, x1, x2) -> {
            RandomGraph f = new RandomGraph(code, x0, x1, x2);
            List<Node> gradient = GeneralBackpropagation.gradients(f.graph, f.output, f.inputs, new Symbols(f.graph));
            for (int i = 0; i < 3; i++) {
                List<Matrix> row = Gradients.both(f.graph, gradient.get(i), f.inputs);
                for (int j = 0; j < 3; j++) {
                    double difference = (value(f, gradient.get(i), j, H) - value(f, gradient.get(i), j, -H)) / (2 * H);
                    assertEquals(difference, row.get(j).scalarValue(), 1e-5 * (1 + Math.abs(difference)),
                            () -> "∂²f/∂x∂x for " + code);
                }
            }
        });
    }

    /** The value of {@code node} with input j moved by {@code step}. */
    private static double value(RandomGraph f, Node node, int j, double step) {
        Node input = f.inputs.get(j);
        Map<Node, Matrix> moved = new HashMap<>();
        moved.put(input, Matrix.scalar(f.graph.evaluate().value(input).scalarValue() + step));
        return f.graph.evaluate(moved).value(node).scalarValue();
    }
}
