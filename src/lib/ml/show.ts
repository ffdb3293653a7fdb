/** Describes a bad value for an error message, so NaN, -Infinity and strings read clearly. */
export function show(v: unknown): string {
	if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
	if (typeof v === 'string') return `the string "${v}"`;
	return String(v);
}
