/**
 * The PCA widget's state: the inputs (what the URL holds) as `$state`, the loaded real table as
 * raw state, and every result `$derived` once from the analysis, for the charts, the sentences,
 * the story and the questions alike.
 */
import { TableUrlState } from '$lib/kit/TableUrlState.svelte';
import { variance } from '$lib/ml/stats';
import {
	analyse,
	axisArrows,
	componentAngle,
	equalUnitsDomain,
	shownFeatures,
	summarise,
	type PcaSummary
} from './analysis';
import {
	featureCount,
	otherScaling,
	pcaCodec,
	type PcaSource,
	type PcaUrlState,
	type Scaling
} from './codec';
import { generatedCloud, isGenerated, tableData, type PcaData } from './data';
import { pcaQuestions } from './quiz';
import { pcaSteps } from './story';
import { ninetyFiveText, reconstructionText, separationText, topLoadingText } from './text';

export class PcaState extends TableUrlState<PcaUrlState> {
	constructor() {
		// the page takes no upload: a link that names one is refused by the codec's word list
		super(pcaCodec, { name: 'the penguins data', settings: { src: 'penguins' } });
	}

	readonly steps = pcaSteps;

	/** The data on screen, or null while a real table loads. */
	data = $derived.by((): PcaData | null => {
		const { src, n, seed, stretch, angle } = this.input;
		if (isGenerated(src)) return generatedCloud(src, { n, seed, stretch, angle });
		const table = this.sourceTable;
		return table ? tableData(table, src) : null;
	});
	/** The PCA of the data as fed (standardised or not): everything the page shows. */
	analysis = $derived(this.data ? analyse(this.data, this.input.scale) : null);
	/** The same data the other way (scaled or not), summarised: what the questions compare. */
	other = $derived(this.data ? summarise(this.data, otherScaling(this.input.scale)) : null);
	summaries = $derived.by((): Record<Scaling, PcaSummary> | null => {
		const { analysis, other } = this;
		if (!analysis || !other) return null;
		return this.input.scale === 'standard'
			? { standard: analysis, none: other }
			: { none: analysis, standard: other };
	});
	/** Components kept: the link's k, never more than the data has features. */
	k = $derived(Math.min(this.input.k, featureCount[this.input.src]));
	/** The feature with the largest variance in its own units: the one an unscaled PC1 follows. */
	widestFeature = $derived.by((): number | null => {
		const data = this.data;
		if (!data) return null;
		const spreads = data.featureNames.map((_, j) => variance(data.X.map((row) => row[j])));
		return spreads.indexOf(Math.max(...spreads));
	});

	/** The data plot: which two features it shows, its arrows and its equal-units domain. */
	shown = $derived(this.analysis ? shownFeatures(this.analysis.fit) : ([0, 1] as [number, number]));
	arrows = $derived(this.analysis ? axisArrows(this.analysis.fit, ...this.shown) : []);
	dataDomain = $derived.by(() => {
		const a = this.analysis;
		if (!a) return null;
		const [i, j] = this.shown;
		return equalUnitsDomain(
			a.fed.map((row) => row[i]),
			a.fed.map((row) => row[j]),
			this.arrows.map((arrow) => arrow.to)
		);
	});
	/** The projection plot's domain: PC1 and PC2 scores in equal units, so PC2's small spread looks small. */
	scoreDomain = $derived(
		this.analysis
			? equalUnitsDomain(
					this.analysis.scores.map((row) => row[0]),
					this.analysis.scores.map((row) => row[1])
				)
			: null
	);

	/** The generated cloud's shape as set, and (in 2-D) where PC1 found its long axis; null for a table. */
	cloudSaid = $derived.by((): string | null => {
		const { src, stretch, angle } = this.input;
		if (!isGenerated(src) || !this.analysis) return null;
		const found =
			src === 'cloud2' && this.input.scale === 'none'
				? ` PC1 points at ${componentAngle(this.analysis.fit.components[0]).toFixed(1)}°.`
				: '';
		return `Long axis ${stretch} × the classes' spread, turned at ${angle}°.${found}`;
	});
	topText = $derived(this.analysis ? topLoadingText(this.analysis) : null);
	ninetyFive = $derived(this.analysis ? ninetyFiveText(this.analysis) : null);
	separationSaid = $derived(this.analysis ? separationText(this.analysis) : null);
	reconstructionSaid = $derived(
		this.analysis ? reconstructionText(this.analysis, this.k, this.input.scale) : null
	);

	questions = $derived(
		this.data && this.summaries
			? pcaQuestions({ input: this.input, data: this.data, summaries: this.summaries }, this.input.q)
			: []
	);

	/** Picks a source, keeping k within its features. */
	setSource(src: PcaSource) {
		this.input.src = src;
		this.input.k = Math.min(this.input.k, featureCount[src]);
	}

	setK(k: number) {
		this.input.k = Math.min(Math.max(1, Math.round(k)), featureCount[this.input.src]);
	}
}
