/** One cross-validation round: indices to fit on and indices to score on, both ascending. */
export interface Fold {
	train: number[];
	test: number[];
}
