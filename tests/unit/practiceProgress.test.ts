/**
 * The practice record on the device: what it reads (corrupt, other versions, impossible
 * tallies count as no record), what it writes, the domain sums and the weakest domain.
 */
import { describe, expect, it } from 'vitest';
import {
	domainTallies,
	forgetProgress,
	parseProgress,
	PROGRESS_KEY,
	readProgress,
	serializeProgress,
	weakestDomain,
	withAnswer,
	writeProgress,
	type Progress,
	type ProgressStorage
} from '$lib/practice/progress';
import type { Domain } from '$lib/catalog';

/** localStorage's three calls over a Map. */
function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & { map: Map<string, string> } {
	const map = new Map(Object.entries(initial));
	return {
		map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key)
	};
}

/** Storage that throws on every call, as a browser that blocks it does. */
const blocked: ProgressStorage = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	}
};

describe('reading the record', () => {
	it.each([
		{ name: 'nothing stored', raw: null },
		{ name: 'not JSON', raw: '{"version":1,"tasks":' },
		{ name: 'JSON null', raw: 'null' },
		{ name: 'a number', raw: '42' },
		{ name: 'no version', raw: '{"tasks":{"3.5":{"answered":2,"right":1}}}' },
		{ name: 'a later version', raw: '{"version":2,"tasks":{"3.5":{"answered":2,"right":1}}}' },
		{ name: 'tasks as a list', raw: '{"version":1,"tasks":[1,2]}' }
	])('$name reads as no record', ({ raw }) => {
		expect(parseProgress(raw)).toEqual({});
	});

	it('keeps the good tallies and drops the ones that cannot be true', () => {
		const raw = JSON.stringify({
			version: 1,
			tasks: {
				'3.5': { answered: 4, right: 3 },
				'2.1': { answered: 2, right: 5 },
				'2.2': { answered: -1, right: 0 },
				'2.3': { answered: 1.5, right: 1 },
				'9.9': { answered: 1, right: 1 },
				'3.3': 'lots'
			}
		});
		expect(parseProgress(raw)).toEqual({ '3.5': { answered: 4, right: 3 } });
	});

	it('round-trips through storage under a versioned key', () => {
		const storage = memoryStorage();
		let progress = withAnswer({}, '3.5', true);
		progress = withAnswer(progress, '3.5', false);
		progress = withAnswer(progress, '2.1', true);
		expect(writeProgress(storage, progress)).toBe(true);
		expect(PROGRESS_KEY).toMatch(/v1$/);
		expect(JSON.parse(storage.map.get(PROGRESS_KEY)!)).toEqual({ version: 1, tasks: progress });
		expect(readProgress(storage)).toEqual({
			'3.5': { answered: 2, right: 1 },
			'2.1': { answered: 1, right: 1 }
		});
		expect(parseProgress(serializeProgress(progress))).toEqual(progress);
		forgetProgress(storage);
		expect(storage.map.has(PROGRESS_KEY)).toBe(false);
		expect(readProgress(storage)).toEqual({});
	});

	it('a blocked or missing storage gives no record and no crash', () => {
		expect(readProgress(blocked)).toEqual({});
		expect(writeProgress(blocked, { '3.5': { answered: 1, right: 1 } })).toBe(false);
		expect(() => forgetProgress(blocked)).not.toThrow();
		expect(readProgress(null)).toEqual({});
		expect(writeProgress(null, {})).toBe(false);
		expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '<html>' }))).toEqual({});
	});
});

interface WeakCase {
	name: string;
	progress: Progress;
	practisable: Domain['id'][];
	expected: Domain['id'] | null;
}

describe('domains', () => {
	const progress = {
		'2.1': { answered: 4, right: 3 },
		'2.2': { answered: 6, right: 3 },
		'3.5': { answered: 10, right: 4 },
		'3.3': { answered: 0, right: 0 }
	};

	it('sums each domain over its tasks, all four in the exam order', () => {
		expect(
			domainTallies(progress).map(({ domain, tally }) => [domain.id, tally.answered, tally.right])
		).toEqual([
			[1, 0, 0],
			[2, 10, 6],
			[3, 10, 4],
			[4, 0, 0]
		]);
	});

	const weakCases: WeakCase[] = [
		{ name: 'the lowest share right', progress, practisable: [2, 3], expected: 3 },
		{ name: 'among the practisable only', progress, practisable: [2], expected: 2 },
		{ name: 'nothing answered yet', progress: {}, practisable: [2, 3], expected: null },
		{
			name: 'a tie to the larger exam weight',
			progress: { '2.1': { answered: 2, right: 1 }, '3.5': { answered: 4, right: 2 } },
			practisable: [2, 3],
			expected: 3
		},
		{
			name: 'a domain never answered is not called weak',
			progress: { '3.5': { answered: 2, right: 2 } },
			practisable: [2, 3],
			expected: 3
		}
	];
	it.each(weakCases)('the weakest domain: $name', ({ progress, practisable, expected }) => {
		expect(weakestDomain(progress, practisable)).toBe(expected);
	});
});
