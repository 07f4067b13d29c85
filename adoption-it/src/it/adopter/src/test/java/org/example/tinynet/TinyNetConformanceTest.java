package org.example.tinynet;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** TinyNet against bprop's MLP conformance suite: the adapter, as the kit's README shows it. */
class TinyNetConformanceTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                TinyNet net = new TinyNet();
                for (Layer layer : problem.layers()) {
                    net.dense(layer.weights(), layer.bias(), TinyNet.Unit.valueOf(layer.activation().name()));
                }
                TinyNet.Pass pass = net.pass(problem.inputs(), problem.targets());
                List<LayerGradient> gradients = new ArrayList<>();
                for (int l = 0; l < problem.depth(); l++) {
                    gradients.add(new LayerGradient(pass.weightGradients()[l], pass.biasGradients()[l]));
                }
                return new Result(pass.loss(), pass.outputs(), gradients);
            }

            @Override
            public Set<Activation> activations() {
                return EnumSet.of(Activation.TANH, Activation.RELU, Activation.IDENTITY);
            }

            @Override
            public Set<Loss> losses() {
                return EnumSet.of(Loss.MSE);
            }
        };
    }
}
