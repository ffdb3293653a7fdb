/** The argument checks and fold building the splitters in split.ts share. */
import { show } from './show';
import type { Fold } from './fold';

export function checkSeed(where: string, seed: unknown): number {
	if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
		throw new Error(`${where}: seed is ${show(seed)}; it must be a safe integer`);
	}
	return seed;
}

export function checkShuffle(where: string, shuffle: unknown): boolean {
	if (typeof shuffle !== 'boolean')
		throw new Error(`${where}: shuffle is ${show(shuffle)}; it must be true or false`);
	return shuffle;
}

/** Labels as given, checked to be finite numbers; `n` (if given) is the length they must have. */
export function checkLabels(where: string, name: string, labels: readonly number[], n?: number): void {
	if (!Array.isArray(labels)) throw new Error(`${where}: ${name} must be an array of class labels`);
	if (labels.length === 0) throw new Error(`${where}: ${name} is empty; at least one label is needed`);
	if (n !== undefined && labels.length !== n) {
		throw new Error(
			`${where}: ${name} has ${labels.length} labels but n is ${n}; there must be one label per sample`
		);
	}
	for (let i = 0; i < labels.length; i++) {
		const v: unknown = labels[i];
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			throw new Error(`${where}: ${name}[${i}] is ${show(v)}; every label must be a finite number`);
		}
	}
}

/** The fold whose test part is `test`: train is every other index, both ascending. */
export function foldFromTestMask(n: number, inTest: readonly boolean[]): Fold {
	const train: number[] = [];
	const test: number[] = [];
	for (let i = 0; i < n; i++) (inTest[i] ? test : train).push(i);
	return { train, test };
}
