import { describe, expect, it } from 'vitest';
import { presenterHeights } from '$lib/charts/stage';
import { frameGeometry, roomLabels, rowBand } from '$lib/charts/plotGeometry';
import { rowsLayout } from '$lib/charts/axisRoom';

const axes = {
	x: { domain: [0, 10] as const, title: 'epoch' },
	y: { domain: [0, 1] as const, title: 'loss' }
};

describe('frameGeometry', () => {
	it('fills the measured width and grows a given height with the type (220 px at 16 px is 330 at 24)', () => {
		const normal = frameGeometry({ ...axes, height: 220 }, 500, 16);
		expect(normal.outerWidth).toBe(500);
		expect(normal.outerHeight).toBe(220);
		const present = frameGeometry({ ...axes, height: 220 }, 500, 24);
		expect(present.outerHeight).toBe(330);
		// larger tick labels and titles take more room from the plot
		expect(present.margin.left).toBeGreaterThan(normal.margin.left);
		expect(present.innerWidth).toBeLessThan(normal.innerWidth);
	});

	it('makes a square plot without a height, and stops growing at maxWidth rem (40 rem is 640 px at 16 px)', () => {
		const square = frameGeometry({ ...axes, maxWidth: 40 }, 2000, 16);
		expect(square.innerHeight).toBe(square.innerWidth);
		expect(square.outerWidth).toBe(640);
		// at 24 px type the same 40 rem are 960 px
		expect(frameGeometry({ ...axes, maxWidth: 40 }, 2000, 24).outerWidth).toBe(960);
	});

	it('keeps the whole chart within maxHeight (presenter mode): a 600 px square becomes 384 px tall, a shorter chart stays', () => {
		const capped = frameGeometry({ ...axes, maxHeight: 384 }, 600, 16);
		expect(capped.outerHeight).toBe(384);
		expect(capped.outerWidth).toBe(600);
		expect(frameGeometry({ ...axes, height: 220, maxHeight: 384 }, 600, 16).outerHeight).toBe(220);
	});

	it('grows a chart of set height to minHeight (the stage on a projector), within maxHeight', () => {
		// 220 px at 24 px type is 330 px; the stage of a 1080 px screen wants at least 45%, 486 px
		expect(frameGeometry({ ...axes, height: 220, minHeight: 486, maxHeight: 594 }, 900, 24).outerHeight).toBe(
			486
		);
		expect(frameGeometry({ ...axes, height: 500, minHeight: 300, maxHeight: 400 }, 900, 16).outerHeight).toBe(
			400
		);
	});

	it('gives a stage chart the room under its top on a projector, within 40–65% of the screen; other panels 40%', () => {
		// 1080 − 300 − 16 px of gap = 764, above 65% of 1080 = 702
		expect(presenterHeights(true, 1080, 300)).toEqual({ min: 486, max: 702 });
		// 768 − 330 − 16 = 422 px: the cap; 45% of 768 (345.6) the least
		expect(presenterHeights(true, 768, 330)).toEqual({ min: expect.closeTo(345.6, 9), max: 422 });
		// a chart far down keeps 40% of the screen (307.2), and its least is no more than that
		const low = presenterHeights(true, 768, 600);
		expect(low.max).toBeCloseTo(307.2, 9);
		expect(low.min).toBeCloseTo(307.2, 9);
		// before its top is measured, half the screen
		expect(presenterHeights(true, 768).max).toBe(384);
		expect(presenterHeights(false, 1080).max).toBeCloseTo(432, 9);
	});

	it('hands out scales from the domains to the plot, y from the bottom up', () => {
		const g = frameGeometry({ ...axes, height: 220 }, 500, 16);
		expect(g.x(0)).toBe(0);
		expect(g.x(10)).toBe(g.innerWidth);
		expect(g.x(5)).toBeCloseTo(g.innerWidth / 2, 9);
		expect(g.y(0)).toBe(g.innerHeight);
		expect(g.y(1)).toBe(0);
	});

	it('draws a non-finite domain (an overflow upstream) as [0, 1]', () => {
		const g = frameGeometry({ x: { domain: [NaN, Infinity] }, y: { domain: [0, -Infinity] } }, 400, 16);
		expect(g.x.domain()).toEqual([0, 1]);
		expect(g.y.domain()).toEqual([0, 1]);
	});

	it('asks a tick count of the axis length: 3 on a plot under 260 px, 5 above', () => {
		const ticks = (length: number) => (length < 260 ? 3 : 5);
		const spec = { x: { domain: [0, 100] as const, ticks }, y: { domain: [0, 100] as const, ticks } };
		expect(frameGeometry(spec, 240, 16).yTicks).toBe(3);
		expect(frameGeometry(spec, 600, 16).yTicks).toBe(5);
	});

	it('makes no more room than a plot needs when the y axis has no title or ticks', () => {
		const bare = frameGeometry({ x: { domain: [0, 1] }, height: 200 }, 400, 16);
		const titled = frameGeometry({ ...axes, height: 200 }, 400, 16);
		expect(bare.margin.left).toBeLessThan(titled.margin.left);
		expect(bare.yTitle.lines).toEqual([]);
	});

	it('stacks labelled rows: three rows of 26 px at 16 px type are 78 px, and 117 px at 24 px', () => {
		const rows = { labels: ['a', 'b', 'c'], rowHeight: 26 };
		const normal = frameGeometry({ x: { domain: [0, 1] }, rows }, 500, 16);
		expect(normal.innerHeight).toBe(78);
		// the y scale maps row positions to px from the top
		expect(normal.y(1)).toBe(26);
		expect(frameGeometry({ x: { domain: [0, 1] }, rows }, 500, 24).innerHeight).toBe(117);
	});
});

describe('roomLabels', () => {
	it('holds the ticks’ labels and any room asked for; a hidden axis only the room', () => {
		// d3 puts 5 ticks on [0, 1] at 0.2 apart, plus the two ends: six labels
		expect(roomLabels({ domain: [0, 1] }, 5)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
		expect(roomLabels({ domain: [0, 1], room: ['cluster 1'] }, 1)).toEqual(['0', '1', 'cluster 1']);
		expect(roomLabels({ domain: [0, 1], hidden: true, room: ['cluster 1'] }, 5)).toEqual(['cluster 1']);
	});
});

describe('rowBand', () => {
	it('puts each band at the bottom of its row, under a stacked label', () => {
		// labels of 300 px in 400 px do not fit at the left: stacked, each row a band and a label's line
		const layout = rowsLayout({
			rem: 16,
			width: 400,
			labels: ['x'.repeat(60)],
			rowHeight: 26,
			tickLabels: []
		});
		expect(layout.stacked).toBe(true);
		expect(layout.band).toBe(26);
		// a stacked label's line is ceil(1.25 · 0.8 · 16) = 16 px, so a row is 42 px
		expect(layout.row).toBe(42);
		expect(rowBand(layout, 1)).toEqual({ top: 42 + 16, mid: 42 + 16 + 13 });
	});
});
