package dev.bprop.reference.mlp;

/**
 * The matrix product, arranged for speed: product_ij += Σ_k left_ik right_kj, for a left factor of rows × inner
 * entries, a right factor of inner rows and a product of rows rows, each matrix given as an array of rows.
 *
 * <p>The arithmetic is that of the formula; only the order of the loops is not. The innermost loop adds
 * {@value #INNER_STEP} rows of right, each scaled by its entry of left, to row i of product: each product entry is
 * loaded and stored once per {@value #INNER_STEP} multiply-adds rather than once per one, and the loop indexes
 * every row by the same j, which the JIT vectorises. The loops run over {@value #ROW_BLOCK} product rows at a time,
 * so that those rows stay in cache while all of right streams past them once. The sum for entry (i, j) is taken
 * in the order k = 0, 1, …, inner − 1, in groups of {@value #INNER_STEP}.
 */
final class ProductKernel {
    /** Product rows kept in cache together; 16 rows of 1 000 doubles fill 128 KiB. */
    static final int ROW_BLOCK = 16;
    /** Terms of a product entry's sum added in one pass over a row. */
    static final int INNER_STEP = 4;

    private ProductKernel() {
    }

    /** Entry (i, k) of the left factor of a product, which is a matrix or the transpose of one. */
    @FunctionalInterface
    interface LeftFactor {
        double get(int i, int k);
    }

    /**
     * product += left · right, entry by entry product_ij += Σ_k left_ik right_kj.
     *
     * @param rows the rows of left and of product
     * @param inner the columns of left and the rows of right
     * @param left the left factor, rows × inner
     * @param right the right factor, inner × p, one array a row
     * @param product rows × p, one array a row, added to
     */
    static void addProduct(int rows, int inner, LeftFactor left, double[][] right, double[][] product) {
        for (int firstRow = 0; firstRow < rows; firstRow += ROW_BLOCK) {
            int endRow = Math.min(firstRow + ROW_BLOCK, rows);
            int k = 0;
            for (; k + INNER_STEP <= inner; k += INNER_STEP) {
                double[] right0 = right[k];
                double[] right1 = right[k + 1];
                double[] right2 = right[k + 2];
                double[] right3 = right[k + 3];
                for (int i = firstRow; i < endRow; i++) {
                    double left0 = left.get(i, k);
                    double left1 = left.get(i, k + 1);
                    double left2 = left.get(i, k + 2);
                    double left3 = left.get(i, k + 3);
                    double[] productRow = product[i];
                    for (int j = 0; j < productRow.length; j++) {
                        productRow[j] += left0 * right0[j] + left1 * right1[j] + left2 * right2[j]
                                + left3 * right3[j];
                    }
                }
            }
            for (; k < inner; k++) {
                double[] rightRow = right[k];
                for (int i = firstRow; i < endRow; i++) {
                    double leftEntry = left.get(i, k);
                    double[] productRow = product[i];
                    for (int j = 0; j < productRow.length; j++) {
                        productRow[j] += leftEntry * rightRow[j];
                    }
                }
            }
        }
    }
}
