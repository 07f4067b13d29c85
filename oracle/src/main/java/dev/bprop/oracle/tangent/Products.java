package dev.bprop.oracle.tangent;

/**
 * The dense products of the matrix-level rounding bound ({@link MatrixRoundingBound}), over matrices held as arrays
 * of rows:
 *
 * <pre>
 *     product += left · right,     product_rc += Σ_k left_rk·right_kc     (rows × inner times inner × columns)
 * </pre>
 *
 * <p>The loops are arranged for speed; the arithmetic is that of the formula. The innermost loop adds
 * {@value #INNER_STEP} rows of right, each scaled by its entry of left, to one row of product, indexing every row by
 * the same c, which the JIT vectorises (each row is its own array indexed from 0: it does not vectorise slices of one
 * array at offsets it cannot compare). The loops run over {@value #ROW_BLOCK} product rows at a time, so that those
 * rows stay in the cache while all of right streams past them once. Every term is non-negative where this class
 * serves the magnitude graph, so the order of the sum (k = 0, 1, …, in groups of {@value #INNER_STEP}) changes a
 * result by a few units of rounding only.
 *
 * <p>The reference's {@code mlp.ProductKernel} has the same loop structure on purpose and is kept apart on purpose:
 * the oracle never depends on the reference (the build bans it), so that a bug in the reference's kernel cannot
 * hide in the bounds that judge it.
 */
final class Products {
    /** Product rows kept in cache together; 16 rows of 1 000 doubles fill 128 KiB. */
    private static final int ROW_BLOCK = 16;
    /** Terms of a product entry's sum added in one pass over a row. */
    private static final int INNER_STEP = 4;

    private Products() {
    }

    /** product += left · right; left has one entry per row of right, product one row per row of left. */
    static void addProduct(double[][] left, double[][] right, double[][] product) {
        int rows = left.length;
        int inner = right.length;
        for (int firstRow = 0; firstRow < rows; firstRow += ROW_BLOCK) {
            int endRow = Math.min(firstRow + ROW_BLOCK, rows);
            int k = 0;
            for (; k + INNER_STEP <= inner; k += INNER_STEP) {
                double[] right0 = right[k];
                double[] right1 = right[k + 1];
                double[] right2 = right[k + 2];
                double[] right3 = right[k + 3];
                for (int r = firstRow; r < endRow; r++) {
                    double[] leftRow = left[r];
                    double left0 = leftRow[k];
                    double left1 = leftRow[k + 1];
                    double left2 = leftRow[k + 2];
                    double left3 = leftRow[k + 3];
                    double[] productRow = product[r];
                    for (int c = 0; c < productRow.length; c++) {
                        productRow[c] += left0 * right0[c] + left1 * right1[c] + left2 * right2[c]
                                + left3 * right3[c];
                    }
                }
            }
            for (; k < inner; k++) {
                double[] rightRow = right[k];
                for (int r = firstRow; r < endRow; r++) {
                    double leftEntry = left[r][k];
                    double[] productRow = product[r];
                    for (int c = 0; c < productRow.length; c++) {
                        productRow[c] += leftEntry * rightRow[c];
                    }
                }
            }
        }
    }

    /** A rows × columns matrix of zeros, allocated row by row (each row its own array). */
    static double[][] zeros(int rows, int columns) {
        double[][] matrix = new double[rows][];
        for (int r = 0; r < rows; r++) {
            matrix[r] = new double[columns];
        }
        return matrix;
    }

    /** The transpose of {@code matrix}, rows × columns (at least one row). */
    static double[][] transpose(double[][] matrix) {
        double[][] transpose = zeros(matrix[0].length, matrix.length);
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < transpose.length; c++) {
                transpose[c][r] = matrix[r][c];
            }
        }
        return transpose;
    }

    /** |matrix|, entry by entry. */
    static double[][] absolute(double[][] matrix) {
        double[][] absolute = zeros(matrix.length, matrix[0].length);
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < absolute[r].length; c++) {
                absolute[r][c] = Math.abs(matrix[r][c]);
            }
        }
        return absolute;
    }
}
