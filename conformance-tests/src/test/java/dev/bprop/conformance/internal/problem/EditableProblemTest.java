package dev.bprop.conformance.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FMT-PROBLEM's parts as editable arrays, indexed l − 1 for layer l, frozen back into the same problem. */
class EditableProblemTest {
    private static final Problem PROBLEM = ProblemFixtures.twoLayers(Activation.RELU, -2);

    @Test
    void FMT_PROBLEM_anEditableCopyHoldsEveryPartAndFreezesBackToTheSameProblem() {
        EditableProblem editable = EditableProblem.of(PROBLEM);
        assertEquals("fixture", editable.id);
        assertEquals(2, editable.depth());
        assertEquals(List.of(Activation.IDENTITY, Activation.RELU), editable.activations);
        assertEquals(-2, editable.biases.get(1)[1]);
        assertEquals(Loss.MSE, editable.loss);
        assertEquals(2, editable.inputs[1][0]);
        assertEquals(PROBLEM, editable.toProblem());
    }

    @Test
    void FMT_PROBLEM_editingTheCopyLeavesTheProblemAlone() {
        EditableProblem editable = EditableProblem.of(PROBLEM);
        editable.inputs[0][0] = 7;
        editable.weights.get(0)[0][0] = 7;
        editable.biases.get(0)[0] = 7;
        editable.targets[0][0] = 7;
        assertEquals(ProblemFixtures.twoLayers(Activation.RELU, -2), PROBLEM);
        assertEquals(7, editable.toProblem().input(0, 0));
    }

    @Test
    void FMT_PROBLEM_aProblemWithoutIdKeepsNone() {
        Problem anonymous = new Problem(null, List.of(new Layer(Activation.IDENTITY, new double[][] {{1}},
                new double[] {0})), Loss.MSE, new double[][] {{1}}, new double[][] {{1}});
        assertNull(EditableProblem.of(anonymous).id);
        assertEquals(1, EditableProblem.of(anonymous).depth());
    }
}
