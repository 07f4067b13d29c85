package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import java.util.List;

/**
 * Wrong indices (NOT-SHAPES, BP2, BP4): a missing or extra transpose, read from row-major storage as libraries
 * hold matrices, so that the model is defined for every shape; the tensor of the wrong layer; a tiled loop that
 * loses its tail.
 */
final class LayoutModels {
    /** The tile width of the tiled weight-gradient bug. */
    static final int TILE = 64;

    private LayoutModels() {
    }

    static List<MlpModel> all() {
        return List.of(
                MlpModel.of("bp2-missing-transpose", "BP2", "W^(l+1) where (W^(l+1))ᵀ belongs in BP2: δ^l_j = "
                        + "Σ_k W[j·n_(l+1) + k] δ_k over W^(l+1) stored row-major (for a square layer, "
                        + "Σ_k w_jk δ_k)", Applies.hiddenLayers(), () -> new PlainBackprop() {
                            @Override
                            protected double[] backPropagated(double[][] weights, double[] above) {
                                double[] flat = rowMajor(weights);
                                double[] back = new double[weights[0].length];
                                for (int j = 0; j < back.length; j++) {
                                    for (int k = 0; k < above.length; k++) {
                                        back[j] += flat[j * above.length + k] * above[k];
                                    }
                                }
                                return back;
                            }
                        }),
                MlpModel.of("bp4-transposed", "BP4", "∂J/∂W^l filled as a^(l−1) δᵀ, the transpose of BP4's "
                        + "δ (a^(l−1))ᵀ, into row-major storage of the shape n_l × n_(l−1)", Applies.always(),
                        () -> new PlainBackprop() {
                            @Override
                            protected double[][] weightGradient(Problem p, int l, double[][] deltas,
                                    double[][] below, double[][] zBelow) {
                                double[][] gradient = super.weightGradient(p, l, deltas, below, zBelow);
                                int rows = gradient.length;
                                int columns = gradient[0].length;
                                double[] flat = new double[rows * columns];
                                for (int j = 0; j < rows; j++) {
                                    for (int i = 0; i < columns; i++) {
                                        flat[i * rows + j] = gradient[j][i];
                                    }
                                }
                                double[][] transposed = new double[rows][columns];
                                for (int j = 0; j < rows; j++) {
                                    System.arraycopy(flat, j * columns, transposed[j], 0, columns);
                                }
                                return transposed;
                            }
                        }),
                MlpModel.of("bp4-transposed-shape", "BP4", "∂J/∂W^l returned as a^(l−1) δᵀ, the transpose of "
                        + "BP4's δ (a^(l−1))ᵀ, in the transposed shape n_(l−1) × n_l", Applies.always(),
                        () -> new PlainBackprop() {
                            @Override
                            protected double[][] weightGradient(Problem p, int l, double[][] deltas,
                                    double[][] below, double[][] zBelow) {
                                double[][] gradient = super.weightGradient(p, l, deltas, below, zBelow);
                                double[][] transposed = new double[gradient[0].length][gradient.length];
                                for (int j = 0; j < gradient.length; j++) {
                                    for (int i = 0; i < gradient[j].length; i++) {
                                        transposed[i][j] = gradient[j][i];
                                    }
                                }
                                return transposed;
                            }
                        }),
                MlpModel.of("bp4-activation-of-layer-l", "BP4", "a^l where a^(l−1) belongs in BP4 (the "
                        + "activations indexed from 1 where they start at the input)", Applies.always(),
                        ActivationOfLayerL::new),
                MlpModel.of("bp4-pre-activation", "BP4", "z^(l−1) where a^(l−1) belongs in BP4: the "
                        + "pre-activation of the layer below instead of its activation", Applies.hiddenLayers(),
                        () -> new PlainBackprop() {
                            @Override
                            protected double[][] weightGradient(Problem p, int l, double[][] deltas,
                                    double[][] below, double[][] zBelow) {
                                return super.weightGradient(p, l, deltas, l == 1 ? below : zBelow, zBelow);
                            }
                        }),
                MlpModel.of("bp2-without-derivative", "BP2", "δ^l = (W^(l+1))ᵀ δ^(l+1) without the factor "
                        + "g'(z^l)", Applies.hiddenLayers(), () -> new PlainBackprop() {
                            @Override
                            protected double derivativeAt(Problem p, int l, double[][] z, int e, int j) {
                                return 1;
                            }
                        }),
                MlpModel.of("activation-of-the-layer-below", "FWD-A", "hidden layer l = 2..L−1 applying the "
                        + "activation of layer l − 1 in the forward and the backward pass",
                        problem -> problem.depth() > 2, () -> new PlainBackprop() {
                            @Override
                            protected Activation forwardActivation(Problem p, int l) {
                                return l >= 2 && l < p.depth() ? p.layer(l - 1).activation()
                                        : p.layer(l).activation();
                            }

                            @Override
                            protected double derivativeAt(Problem p, int l, double[][] z, int e, int j) {
                                Activation used = forwardActivation(p, l);
                                return derivative(used, z[e][j], Activations.value(used, z[e][j]));
                            }
                        }),
                MlpModel.of("bp4-tile-tail-dropped", "BP4", "∂J/∂W^l computed in tiles of " + TILE + " × "
                        + TILE + " that cover only whole tiles when a dimension exceeds " + TILE + ": the rows or "
                        + "columns past the last whole tile stay 0", problem -> widest(problem) > TILE,
                        () -> new PlainBackprop() {
                            @Override
                            protected double[][] weightGradient(Problem p, int l, double[][] deltas,
                                    double[][] below, double[][] zBelow) {
                                double[][] gradient = super.weightGradient(p, l, deltas, below, zBelow);
                                int rows = covered(gradient.length);
                                int columns = covered(gradient[0].length);
                                for (int j = 0; j < gradient.length; j++) {
                                    for (int i = 0; i < gradient[j].length; i++) {
                                        if (j >= rows || i >= columns) {
                                            gradient[j][i] = 0;
                                        }
                                    }
                                }
                                return gradient;
                            }
                        }));
    }

    /** The entries of a dimension of n that whole tiles cover: all of them up to one tile. */
    private static int covered(int n) {
        return n <= TILE ? n : n / TILE * TILE;
    }

    private static int widest(Problem problem) {
        int widest = 0;
        for (int l = 0; l <= problem.depth(); l++) {
            widest = Math.max(widest, problem.width(l));
        }
        return widest;
    }

    static double[] rowMajor(double[][] matrix) {
        double[] flat = new double[matrix.length * matrix[0].length];
        for (int r = 0; r < matrix.length; r++) {
            System.arraycopy(matrix[r], 0, flat, r * matrix[0].length, matrix[0].length);
        }
        return flat;
    }

    /** BP4 with a^l: n_l × n_l, the shape of W^l only for a square layer. */
    private static final class ActivationOfLayerL extends PlainBackprop {
        @Override
        protected double[][] weightGradient(Problem problem, int l, double[][] deltas, double[][] below,
                double[][] zBelow) {
            double[][] own = new double[deltas.length][];
            for (int e = 0; e < deltas.length; e++) {
                own[e] = activate(problem.layer(l).activation(), preActivation(problem.layer(l).weights(),
                        problem.layer(l).bias(), below[e]));
            }
            return super.weightGradient(problem, l, deltas, own, zBelow);
        }
    }
}
