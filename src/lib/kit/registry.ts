/**
 * Every widget's parts by slug: the catalog entry, the URL codec and the formulas its page
 * typesets at build time. The routes and the tests that walk every widget (codec edges,
 * extreme links) read this table, so a widget is added in one place. The page component is
 * imported by the widget's own route, so each page downloads only its own widget.
 */
import { widgets, type Widget } from '$lib/catalog';
import type { Codec } from '$lib/url/codec';
import { imbalanceCodec } from '$lib/widgets/class-imbalance/codec';
import { imbalanceFormulas } from '$lib/widgets/class-imbalance/formulas';
import { confusionCodec } from '$lib/widgets/confusion-matrix/codec';
import { widgetFormulas as confusionFormulas } from '$lib/metrics/metricInfo';
import { cvCodec } from '$lib/widgets/cross-validation/codec';
import { cvFormulas } from '$lib/widgets/cross-validation/formulas';
import { splitsCodec } from '$lib/widgets/data-splits/codec';
import { splitsFormulas } from '$lib/widgets/data-splits/formulas';
import { encodingCodec } from '$lib/widgets/encoding/codec';
import { encodingFormulas } from '$lib/widgets/encoding/formulas';
import { scalingCodec } from '$lib/widgets/feature-scaling/codec';
import { scalingFormulas } from '$lib/widgets/feature-scaling/formulas';
import { searchCodec } from '$lib/widgets/hyperparameter-search/codec';
import { searchFormulas } from '$lib/widgets/hyperparameter-search/formulas';
import { kMeansCodec } from '$lib/widgets/k-means/codec';
import { kMeansFormulas } from '$lib/widgets/k-means/formulas';
import { zooCodec } from '$lib/widgets/model-zoo/codec';
import { zooFormulas } from '$lib/widgets/model-zoo/formulas';
import { missingCodec } from '$lib/widgets/missing-data/codec';
import { missingFormulas } from '$lib/widgets/missing-data/formulas';
import { outliersCodec } from '$lib/widgets/outliers/codec';
import { outlierFormulas } from '$lib/widgets/outliers/formulas';
import { pcaCodec } from '$lib/widgets/pca/codec';
import { pcaFormulas } from '$lib/widgets/pca/formulas';
import { overfittingCodec } from '$lib/widgets/overfitting/codec';
import { overfittingFormulas } from '$lib/widgets/overfitting/formulas';
import { gradientCodec } from '$lib/widgets/gradient-descent/codec';
import { gradientFormulas } from '$lib/widgets/gradient-descent/formulas';
import { regularizationCodec } from '$lib/widgets/regularization/codec';
import { regularizationFormulas } from '$lib/widgets/regularization/formulas';
import { regressionCodec } from '$lib/widgets/regression-metrics/codec';
import { regressionFormulas } from '$lib/widgets/regression-metrics/formulas';
import { textCodec } from '$lib/widgets/text-features/codec';
import { textFormulas } from '$lib/widgets/text-features/formulas';
import { thresholdCodec } from '$lib/widgets/threshold/codec';
import { thresholdFormulas } from '$lib/widgets/threshold/formulas';

export interface WidgetParts {
	codec: Codec<object>;
	/** TeX by name; the route renders it with KaTeX at build time. */
	formulas: () => Record<string, string>;
}

const parts = {
	'confusion-matrix': { codec: confusionCodec, formulas: confusionFormulas },
	threshold: { codec: thresholdCodec, formulas: thresholdFormulas },
	'regression-metrics': { codec: regressionCodec, formulas: regressionFormulas },
	'feature-scaling': { codec: scalingCodec, formulas: scalingFormulas },
	'missing-data': { codec: missingCodec, formulas: missingFormulas },
	'model-zoo': { codec: zooCodec, formulas: zooFormulas },
	'class-imbalance': { codec: imbalanceCodec, formulas: imbalanceFormulas },
	outliers: { codec: outliersCodec, formulas: outlierFormulas },
	pca: { codec: pcaCodec, formulas: pcaFormulas },
	encoding: { codec: encodingCodec, formulas: encodingFormulas },
	'text-features': { codec: textCodec, formulas: textFormulas },
	'k-means': { codec: kMeansCodec, formulas: kMeansFormulas },
	'data-splits': { codec: splitsCodec, formulas: splitsFormulas },
	'cross-validation': { codec: cvCodec, formulas: cvFormulas },
	overfitting: { codec: overfittingCodec, formulas: overfittingFormulas },
	'hyperparameter-search': { codec: searchCodec, formulas: searchFormulas },
	'gradient-descent': { codec: gradientCodec, formulas: gradientFormulas },
	regularization: { codec: regularizationCodec, formulas: regularizationFormulas }
} satisfies Record<string, WidgetParts>;

/** A registered widget's slug. */
export type Slug = keyof typeof parts;
/** The formulas (by name) a widget's component takes. */
export type FormulasOf<S extends Slug> = ReturnType<(typeof parts)[S]['formulas']>;

/** A slug's parts with their own types: the route passes the formulas to the widget as it declares them. */
export const partsOf = <S extends Slug>(slug: S): (typeof parts)[S] => parts[slug];

export interface RegisteredWidget extends WidgetParts {
	widget: Widget;
}

/** Every catalog widget with its parts, in the catalog's order; throws if one has none, so a missing line fails the build. */
export const registry: RegisteredWidget[] = widgets.map((widget) => {
	const found: WidgetParts | undefined = parts[widget.slug as Slug];
	if (!found)
		throw new Error(`The catalog lists "${widget.slug}" but the registry has no codec or formulas for it`);
	return { widget, ...found };
});

/** The registered widget for a slug; throws for an unknown slug so a typo fails the build. */
export function registered(slug: string): RegisteredWidget {
	const entry = registry.find((r) => r.widget.slug === slug);
	if (!entry) throw new Error(`No widget with slug "${slug}" in the registry`);
	return entry;
}
