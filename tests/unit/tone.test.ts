import { describe, expect, it } from 'vitest';
import { toneStyle } from '$lib/site/tone';

describe('toneStyle', () => {
	it("colours a box with its tone's text colour on the tone's pale background", () => {
		expect(toneStyle('good')).toBe('background: var(--good-bg); color: var(--good)');
	});
});
