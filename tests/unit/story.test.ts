/** The story kit: which step is on screen, what a step's link opens, and the presenter's ← / → through steps. */
import { describe, expect, it } from 'vitest';
import { activeStep, stepParams, stepState, type StoryStep } from '$lib/kit/story';
import { presenterTarget } from '$lib/site/neighbours';
import { defineCodec, intField } from '$lib/url/codec';

interface Demo {
	a: number;
	b: number;
	q: number;
}
const codec = defineCodec<Demo>({
	a: intField(1, 0, 9),
	b: intField(2, 0, 9),
	q: intField(1, 1, 99)
});
const say = () => ({ holds: true, text: '' });
const steps: StoryStep<Demo>[] = [
	{ id: 'one', title: 'One', settings: { a: 5 }, say },
	{ id: 'two', title: 'Two', settings: { a: 6, b: 7 }, free: ['b'], say }
];

describe('story steps', () => {
	it('a step opens its settings over the defaults, keeping the question set', () => {
		expect(stepState(codec, steps[1], 4)).toEqual({ a: 6, b: 7, q: 4 });
		expect(Object.fromEntries(stepParams(codec, steps[0], 1))).toEqual({ a: '5', b: '2', q: '1' });
	});

	it('a step is on screen while its settings hold; its free fields may move', () => {
		expect(activeStep(codec, steps, { a: 5, b: 0, q: 1 })?.id).toBe('one');
		expect(activeStep(codec, steps, { a: 6, b: 7, q: 1 })?.id).toBe('two');
		expect(activeStep(codec, steps, { a: 6, b: 3, q: 1 })?.id).toBe('two');
		expect(activeStep(codec, steps, { a: 1, b: 7, q: 1 })).toBeNull();
	});
});

describe('presenter keys', () => {
	it('→ walks the steps from none to the last, then leaves for the next widget', () => {
		expect(presenterTarget('next', 3, -1)).toEqual({ step: 0 });
		expect(presenterTarget('next', 3, 1)).toEqual({ step: 2 });
		expect(presenterTarget('next', 3, 2)).toBe('widget');
		expect(presenterTarget('next', 0, -1)).toBe('widget');
	});
	it('← walks back to the first step, then leaves for the previous widget', () => {
		expect(presenterTarget('previous', 3, 2)).toEqual({ step: 1 });
		expect(presenterTarget('previous', 3, 0)).toBe('widget');
		expect(presenterTarget('previous', 3, -1)).toBe('widget');
	});
});
