package dev.bprop.conformance.internal.diagnose.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of known MLP bugs the diagnosis tries, operation-level first (a wrong derivative formula is a more
 * specific finding than a wrong loop), then the batch reductions, the indices, the loss scaling and the parameters.
 */
public final class MlpModels {
    private static final List<MlpModel> ALL = build();

    private MlpModels() {
    }

    public static List<MlpModel> all() {
        return ALL;
    }

    private static List<MlpModel> build() {
        List<MlpModel> models = new ArrayList<>(DerivativeModels.all());
        models.addAll(BatchModels.all());
        models.addAll(LayoutModels.all());
        models.addAll(LossModels.all());
        models.addAll(ParameterModels.all());
        return List.copyOf(models);
    }
}
