package dev.bprop.cli.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's backpropagation for sigmoid networks with mse, written from the slides without the reference, with
 * the four common mistakes the slides invite as switches. It produces the answers of the example submissions, so
 * that they are computed, not copied; the grader is then checked to score each mistake as the points table says.
 */
final class StudentBackprop {
    /** The mistakes a student makes. */
    enum Mistake {
        /** none: BP1–BP4 as in SPEC.md */
        NONE,
        /** σ'(a) = σ(a)(1 − σ(a)) with a = σ(z), where σ'(z) = σ(z)(1 − σ(z)) = a(1 − a) is meant (ACT-SIGMOID) */
        SIGMA_PRIME_OF_A,
        /** J = (1/m) Σ ‖a − y‖² without ½, and its gradient 2(a − y)/m (LOSS-MSE) */
        MISSING_HALF,
        /** δ^L = (a − y) ⊙ σ'(z) without the 1/m of the mean, while J is still the mean (LOSS-MEAN, BP-BATCH) */
        BATCH_SUM,
        /** δ^l = (W^(l+1) δ^(l+1)) ⊙ σ'(z^l), W not transposed: runs only where W^(l+1) is square (BP2) */
        MISSING_TRANSPOSE
    }

    private final Problem problem;
    private final Mistake mistake;
    private final List<double[][]> z = new ArrayList<>();
    private final List<double[][]> a = new ArrayList<>();
    private final List<double[][]> delta = new ArrayList<>();
    private double loss;

    StudentBackprop(Problem problem, Mistake mistake) {
        this.problem = problem;
        this.mistake = mistake;
        forward();
        backward();
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private int m() {
        return problem.batchSize();
    }

    private void forward() {
        a.add(problem.inputs());
        z.add(null);
        for (int l = 1; l <= problem.depth(); l++) {
            double[][] zl = new double[m()][problem.width(l)];
            double[][] al = new double[m()][problem.width(l)];
            for (int e = 0; e < m(); e++) {
                for (int j = 0; j < problem.width(l); j++) {
                    double sum = problem.layer(l).bias(j);
                    for (int i = 0; i < problem.width(l - 1); i++) {
                        sum += problem.layer(l).weight(j, i) * a.get(l - 1)[e][i];
                    }
                    zl[e][j] = sum;
                    al[e][j] = sigmoid(sum);
                }
            }
            z.add(zl);
            a.add(al);
        }
        double total = 0;
        for (int e = 0; e < m(); e++) {
            for (int k = 0; k < problem.width(problem.depth()); k++) {
                double r = a.get(problem.depth())[e][k] - problem.target(e, k);
                total += mistake == Mistake.MISSING_HALF ? r * r : 0.5 * r * r;
            }
        }
        loss = total / m();
    }

    /** σ'(z^l_ej), or the mistaken σ'(a^l_ej). */
    private double derivative(int l, int e, int j) {
        double s = mistake == Mistake.SIGMA_PRIME_OF_A ? sigmoid(a.get(l)[e][j]) : a.get(l)[e][j];
        return s * (1 - s);
    }

    private void backward() {
        int depth = problem.depth();
        for (int l = 0; l <= depth; l++) {
            delta.add(null);
        }
        double[][] top = new double[m()][problem.width(depth)];
        for (int e = 0; e < m(); e++) {
            for (int k = 0; k < problem.width(depth); k++) {
                double r = a.get(depth)[e][k] - problem.target(e, k);
                double gradient = switch (mistake) {
                    case MISSING_HALF -> 2 * r / m();
                    case BATCH_SUM -> r;
                    default -> r / m();
                };
                top[e][k] = gradient * derivative(depth, e, k);
            }
        }
        delta.set(depth, top);
        for (int l = depth - 1; l >= 1; l--) {
            double[][] dl = new double[m()][problem.width(l)];
            for (int e = 0; e < m(); e++) {
                for (int j = 0; j < problem.width(l); j++) {
                    double sum = 0;
                    for (int k = 0; k < problem.width(l + 1); k++) {
                        double w = mistake == Mistake.MISSING_TRANSPOSE ? problem.layer(l + 1).weight(j, k)
                                : problem.layer(l + 1).weight(k, j);
                        sum += w * delta.get(l + 1)[e][k];
                    }
                    dl[e][j] = sum * derivative(l, e, j);
                }
            }
            delta.set(l, dl);
        }
    }

    /** ∂J/∂W^l = Σ_e δ^l_e (a^(l−1)_e)ᵀ (BP4). */
    private double[][] weightGradient(int l) {
        double[][] gradient = new double[problem.width(l)][problem.width(l - 1)];
        for (int e = 0; e < m(); e++) {
            for (int j = 0; j < problem.width(l); j++) {
                for (int i = 0; i < problem.width(l - 1); i++) {
                    gradient[j][i] += delta.get(l)[e][j] * a.get(l - 1)[e][i];
                }
            }
        }
        return gradient;
    }

    /** ∂J/∂b^l = Σ_e δ^l_e (BP3). */
    private double[] biasGradient(int l) {
        double[] gradient = new double[problem.width(l)];
        for (int e = 0; e < m(); e++) {
            for (int j = 0; j < problem.width(l); j++) {
                gradient[j] += delta.get(l)[e][j];
            }
        }
        return gradient;
    }

    Result result() {
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            gradients.add(new LayerGradient(weightGradient(l), biasGradient(l)));
        }
        return new Result(loss, a.get(problem.depth()), gradients);
    }

    /** The answer file (FMT-GRADE-ANSWER): the result file's fields and Z^l, A^l, Δ^l under {@code layers}. */
    ObjectNode answer(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("loss", loss);
        root.set("outputs", matrix(mapper, a.get(problem.depth())));
        ArrayNode gradients = root.putArray("gradients");
        ArrayNode layers = root.putArray("layers");
        for (int l = 1; l <= problem.depth(); l++) {
            ObjectNode gradient = gradients.addObject();
            gradient.set("weights", matrix(mapper, weightGradient(l)));
            gradient.set("bias", matrix(mapper, new double[][] {biasGradient(l)}).get(0));
            ObjectNode layer = layers.addObject();
            layer.set("z", matrix(mapper, z.get(l)));
            layer.set("a", matrix(mapper, a.get(l)));
            layer.set("delta", matrix(mapper, delta.get(l)));
        }
        return root;
    }

    private static ArrayNode matrix(ObjectMapper mapper, double[][] rows) {
        ArrayNode array = mapper.createArrayNode();
        for (double[] row : rows) {
            ArrayNode values = array.addArray();
            for (double value : row) {
                values.add(value);
            }
        }
        return array;
    }
}
