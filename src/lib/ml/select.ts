/**
 * Order statistics without a full sort: Floyd–Rivest selection, narrowed by buckets for long
 * arrays, and NumPy's linear interpolation between them. The engine of stats.ts' quantiles.
 */
/**
 * NumPy's `_lerp`: a + (b − a)·t, computed from b when t >= 0.5 so that the
 * result is monotone in t and exact at t = 1.
 */
export function lerp(a: number, b: number, t: number): number {
	const diff = b - a;
	return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

function swap(a: Float64Array, i: number, j: number): void {
	const tmp = a[i];
	a[i] = a[j];
	a[j] = tmp;
}

// Ranges longer than this first select from a sample (Floyd & Rivest's constant).
const SAMPLE_ABOVE = 600;

/**
 * Puts the k-th smallest of a[left..right] at a[k], smaller-or-equal values
 * before it and greater-or-equal after: Floyd & Rivest's SELECT (CACM
 * Algorithm 489, 1975). On a long range it first selects within a small
 * sample around the expected position, so the pivot lands next to the target
 * and one partition nearly finishes the job: about n + min(k, n − k)
 * comparisons, where sorting a 100,000-value column costs ~10 ms. Runs of
 * equal values are split evenly, so constant data stays linear. Should a
 * range fail to shrink (crafted input), the rest is sorted: O(n log n) at worst.
 */
function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
	if (k === left) {
		// The smallest value (a quantile's upper neighbour, typically): one scan, no partitioning.
		let smallest = left;
		for (let i = left + 1; i <= right; i++) if (a[i] < a[smallest]) smallest = i;
		swap(a, left, smallest);
		return;
	}
	let budget = 64;
	while (right > left) {
		if (budget-- === 0) {
			a.subarray(left, right + 1).sort();
			return;
		}
		if (right - left > SAMPLE_ABOVE) {
			const size = right - left + 1;
			const rank = k - left + 1;
			const z = Math.log(size);
			const sample = 0.5 * Math.exp((2 * z) / 3);
			const spread = 0.5 * Math.sqrt((z * sample * (size - sample)) / size) * (rank < size / 2 ? -1 : 1);
			const sampleLeft = Math.max(left, Math.floor(k - (rank * sample) / size + spread));
			const sampleRight = Math.min(right, Math.floor(k + ((size - rank) * sample) / size + spread));
			selectInPlace(a, k, sampleLeft, sampleRight);
		}
		// Partition around t = a[k], kept at a[left] (or a[right]) as a sentinel.
		const t = a[k];
		let i = left;
		let j = right;
		swap(a, left, k);
		if (a[right] > t) swap(a, left, right);
		while (i < j) {
			swap(a, i, j);
			i++;
			j--;
			while (a[i] < t) i++;
			while (a[j] > t) j--;
		}
		if (a[left] === t) swap(a, left, j);
		else swap(a, ++j, right);
		// Now a[j] = t, with a[left..j-1] <= t <= a[j+1..right].
		if (j <= k) left = j + 1;
		if (k <= j) right = j - 1;
	}
}

/**
 * Selects several order statistics: afterwards a[k] is the k-th smallest of
 * a[left..right] for every k in targets[from..to] (ascending, distinct). The
 * middle target is placed first, so each half of the targets only searches
 * its own part of the array.
 */
function multiSelect(
	a: Float64Array,
	targets: readonly number[],
	from: number,
	to: number,
	left: number,
	right: number
): void {
	if (from > to) return;
	const mid = (from + to) >>> 1;
	const k = targets[mid];
	selectInPlace(a, k, left, right);
	multiSelect(a, targets, from, mid - 1, left, k - 1);
	multiSelect(a, targets, mid + 1, to, k + 1, right);
}

// Above this many values, order statistics are first narrowed down by buckets:
// up to 16,384 of them (a 64 KB count table, which stays in cache), about 4 values each.
const BUCKET_ABOVE = 4096;
const MAX_BUCKETS = 16_384;

/**
 * Order statistics by counting: one pass finds min and max, a second counts
 * the values in equal-width buckets between them (a monotone map, so bucket
 * order is value order and the counts tell which bucket holds each rank), a
 * third copies out only the values of those few buckets, and the selection
 * runs on them alone. For smooth data that reads the array three times in
 * simple loops instead of partitioning it, about twice as fast on 100,000
 * values. Returns null when the wanted buckets hold more than an eighth of
 * the values (heavy ties, or extreme outliers squeezing the rest into one
 * bucket), leaving the caller to select in the whole array.
 * Inputs: `work`, finite values (not modified); `ranks`, ascending, in [0, n).
 * Output: the value of each rank, in the order of `ranks`, or null.
 */
function bucketOrderStatistics(work: Float64Array, ranks: readonly number[]): number[] | null {
	const n = work.length;
	let min = work[0];
	let max = work[0];
	for (let i = 1; i < n; i++) {
		const v = work[i];
		if (v < min) min = v;
		else if (v > max) max = v;
	}
	if (min === max) return ranks.map(() => min);
	const buckets = Math.min(MAX_BUCKETS, Math.ceil(n / 4));
	const last = buckets - 1;
	const perUnit = buckets / (max - min);
	// max − min overflows for values near ±1.8e308; the plain selection copes.
	if (!(perUnit > 0 && Number.isFinite(perUnit))) return null;
	const counts = new Int32Array(buckets);
	for (let i = 0; i < n; i++) counts[Math.min(last, Math.floor((work[i] - min) * perUnit))]++;
	// Walk the ranks and the buckets together: first[b] is the rank of bucket b's smallest value.
	const first = new Int32Array(buckets);
	const bucketOfRank: number[] = [];
	let bucket = 0;
	let below = 0;
	for (const k of ranks) {
		while (below + counts[bucket] <= k) below += counts[bucket++];
		first[bucket] = below;
		bucketOfRank.push(bucket);
	}
	// slot[b] >= 0 marks a wanted bucket and says where its values go.
	const slot = new Int32Array(buckets).fill(-1);
	const gathered: Float64Array[] = [];
	let total = 0;
	for (const b of bucketOfRank) {
		if (slot[b] >= 0) continue;
		slot[b] = gathered.length;
		gathered.push(new Float64Array(counts[b]));
		total += counts[b];
	}
	if (total > n / 8) return null;
	const filled = new Int32Array(gathered.length);
	for (let i = 0; i < n; i++) {
		const s = slot[Math.min(last, Math.floor((work[i] - min) * perUnit))];
		if (s >= 0) gathered[s][filled[s]++] = work[i];
	}
	return ranks.map((k, t) => {
		const b = bucketOfRank[t];
		const values = gathered[slot[b]];
		selectInPlace(values, k - first[b], 0, values.length - 1);
		return values[k - first[b]];
	});
}

/**
 * Several quantiles of `work` at once, by selection (no full sort), with
 * NumPy's default `linear` method: for q, h = (n − 1)·q, and the result lies
 * between the floor(h)-th and the next order statistic, at fraction h − floor(h).
 * Inputs: `work`, non-empty, finite values, which may be REORDERED (pass a
 * copy); `qs`, fractions in [0, 1], in any order (not checked: internal use).
 * Output: one value per q, in the order of `qs`, in the units of the data.
 */
export function selectQuantiles(work: Float64Array, qs: readonly number[]): number[] {
	const n = work.length;
	const positions = new Set<number>();
	for (const q of qs) {
		const k = Math.floor((n - 1) * q);
		positions.add(k);
		if (k + 1 < n) positions.add(k + 1);
	}
	const ranks = [...positions].sort((a, b) => a - b);
	let values = n > BUCKET_ABOVE ? bucketOrderStatistics(work, ranks) : null;
	if (values === null) {
		multiSelect(work, ranks, 0, ranks.length - 1, 0, n - 1);
		values = ranks.map((k) => work[k]);
	}
	const valueOfRank = new Map(ranks.map((k, i) => [k, (values as number[])[i]]));
	const at = (k: number): number => valueOfRank.get(k) as number;
	return qs.map((q) => {
		const h = (n - 1) * q;
		const k = Math.floor(h);
		return k + 1 < n ? lerp(at(k), at(k + 1), h - k) : at(k);
	});
}
