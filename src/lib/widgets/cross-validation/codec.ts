/** The cross-validation widget's state in the URL. */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import { candidateKs } from '../data-splits/analysis';

export type Method = 'kfold' | 'stratified' | 'loo';

export interface CvUrlState {
	method: Method;
	/** Number of folds (k-fold and stratified). */
	folds: number;
	shuffle: 'on' | 'off';
	n: number;
	pos: number;
	sep: number;
	seed: number;
	/** Neighbours of the k-NN model scored on each fold. */
	k: number;
	q: number;
}

export const cvCodec = defineCodec<CvUrlState>({
	method: enumField<Method>('kfold', ['kfold', 'stratified', 'loo']),
	folds: intField(5, 2, 20),
	shuffle: enumField<'on' | 'off'>('on', ['on', 'off']),
	n: intField(103, 20, 300),
	pos: intField(20, 1, 50),
	sep: numberField(1.5, 0, 5, 0.1),
	seed: intField(1, 1, 1_000_000),
	k: intField(5, 1, candidateKs[candidateKs.length - 1]),
	q: intField(1, 1, 1_000_000)
});
