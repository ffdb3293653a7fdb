/** Constants and types shared by scaling and normalize (kept apart so normalize need not import scaling back). */

// scikit-learn's _handle_zeros_in_scale: scales below this are treated as 0.
export const ZERO_SCALE = 10 * Number.EPSILON;

/** Row norms of {@link normalizeRows}: sum of |x|, Euclidean length, or largest |x|. */
export type RowNorm = 'l1' | 'l2' | 'max';
