/** k-means figures worked by hand in the tests, independent of the engine. */

/** Σ squared distance from each point to its group's mean, by hand. */
export function groupsInertia(X: number[][], groups: number[]): number {
	let total = 0;
	for (const g of new Set(groups)) {
		const members = X.filter((_, i) => groups[i] === g);
		const centre = [0, 1].map((j) => members.reduce((s, p) => s + p[j], 0) / members.length);
		total += members.reduce((s, p) => s + (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2, 0);
	}
	return total;
}
