/** Small helpers shared by the splitters: integer arguments checked, and index ranges. */
import { show } from './show';

/** An integer argument at least `min`, or an Error naming the function and argument. */
export function checkInteger(where: string, name: string, v: unknown, min: number): number {
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
		throw new Error(`${where}: ${name} is ${show(v)}; it must be an integer >= ${min}`);
	}
	return v;
}

/** start, start + 1, …, stop − 1 (empty when stop <= start). */
export function range(start: number, stop: number): number[] {
	return Array.from({ length: Math.max(0, stop - start) }, (_, i) => start + i);
}
