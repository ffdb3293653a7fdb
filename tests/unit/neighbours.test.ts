import { describe, expect, it } from 'vitest';
import type { Widget } from '$lib/catalog';
import { neighbours, presenterMove, type KeyPress } from '$lib/site/neighbours';

const w = (slug: string): Widget => ({
	slug,
	title: slug.toUpperCase(),
	domain: 2,
	task: '2.1'
});
const list = [w('a'), w('b'), w('c')];

describe('neighbours in the curriculum order', () => {
	it('the first has no previous, the last no next, the middle both', () => {
		expect(neighbours('a', list)).toEqual({ previous: null, next: list[1] });
		expect(neighbours('b', list)).toEqual({ previous: list[0], next: list[2] });
		expect(neighbours('c', list)).toEqual({ previous: list[1], next: null });
	});
	it('a page that is not a widget has none', () => {
		expect(neighbours('', list)).toBeNull();
		expect(neighbours('no-such', list)).toBeNull();
	});
	it('every built widget but the last leads to the next', async () => {
		const { widgets } = await import('$lib/catalog');
		const nexts = widgets.map((x) => neighbours(x.slug)?.next?.slug ?? null);
		expect(nexts).toEqual([...widgets.slice(1).map((x) => x.slug), null]);
	});
});

describe("the presenter's keys", () => {
	const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
		key,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		defaultPrevented: false,
		inControl: false,
		...extra
	});
	it('← and → step between widgets, Esc leaves', () => {
		expect(presenterMove(press('ArrowLeft'))).toBe('previous');
		expect(presenterMove(press('ArrowRight'))).toBe('next');
		expect(presenterMove(press('Escape'))).toBe('exit');
		expect(presenterMove(press('ArrowUp'))).toBeNull();
		expect(presenterMove(press('a'))).toBeNull();
	});
	it('arrows inside a control belong to the control; Esc still leaves', () => {
		expect(presenterMove(press('ArrowRight', { inControl: true }))).toBeNull();
		expect(presenterMove(press('Escape', { inControl: true }))).toBe('exit');
	});
	it('a key a widget handled, or one with a modifier (Alt+← is Back), is left alone', () => {
		expect(presenterMove(press('ArrowRight', { defaultPrevented: true }))).toBeNull();
		expect(presenterMove(press('ArrowLeft', { altKey: true }))).toBeNull();
		expect(presenterMove(press('ArrowRight', { shiftKey: true }))).toBeNull();
		expect(presenterMove(press('Escape', { ctrlKey: true }))).toBeNull();
	});
});
