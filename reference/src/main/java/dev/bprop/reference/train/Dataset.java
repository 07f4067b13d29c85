package dev.bprop.reference.train;

import java.util.List;

/**
 * A training set: one row of features and one row of targets per example, and for classification the class
 * names in the order of the one-hot target columns.
 */
public record Dataset(String name, double[][] inputs, double[][] targets, List<String> classes) {
    public Dataset {
        if (inputs.length != targets.length || inputs.length == 0) {
            throw new IllegalArgumentException(name + ": expected as many target rows as input rows, at least one");
        }
        classes = List.copyOf(classes);
    }

    public int size() {
        return inputs.length;
    }

    /** The rows {@code indices} of this set, in that order, as a batch. */
    Dataset rows(int[] indices) {
        double[][] batchInputs = new double[indices.length][];
        double[][] batchTargets = new double[indices.length][];
        for (int row = 0; row < indices.length; row++) {
            batchInputs[row] = inputs[indices[row]];
            batchTargets[row] = targets[indices[row]];
        }
        return new Dataset(name, batchInputs, batchTargets, classes);
    }
}
