/** The elbow panel's words about the sweep, built once so the chart's summary and the note under it say the same. */

/** Where the best inertia of `starts` starts rose with k, in a sentence (no full stop): "The inertia falls at every k". */
export function risesSentence(rises: readonly number[], starts: number): string {
	return rises.length === 0
		? 'The inertia falls at every k'
		: `The inertia falls as k grows, except at k = ${rises.join(', ')}, where ${starts} starts missed a lower minimum`;
}
