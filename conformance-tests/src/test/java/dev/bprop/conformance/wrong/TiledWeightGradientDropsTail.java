package dev.bprop.conformance.wrong;

/**
 * BP4 in tiles of 64 × 64 whose loops cover only whole tiles once a dimension exceeds one tile: a layer 97 wide
 * loses its last 33 rows.
 */
final class TiledWeightGradientDropsTail extends Textbook {
    private static final int TILE = 64;

    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] below = a[l - 1];
        int rows = deltas[0].length;
        int columns = below[0].length;
        double[][] gradient = new double[rows][columns];
        int rowTiles = rows <= TILE ? 1 : rows / TILE;
        int columnTiles = columns <= TILE ? 1 : columns / TILE;
        for (int rt = 0; rt < rowTiles; rt++) {
            for (int ct = 0; ct < columnTiles; ct++) {
                for (int j = rt * TILE; j < Math.min(rows, (rt + 1) * TILE); j++) {
                    for (int i = ct * TILE; i < Math.min(columns, (ct + 1) * TILE); i++) {
                        for (int e = 0; e < deltas.length; e++) {
                            gradient[j][i] += deltas[e][j] * below[e][i];
                        }
                    }
                }
            }
        }
        return gradient;
    }
}
