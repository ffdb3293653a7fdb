/**
 * The real tables shipped in `static/data/` (sources and licences in its README): their catalogue,
 * and the pure CSV parse into the shared Table type (in csvTable.ts, with the CSV parser, which a
 * page downloads only when it loads a table). Exported through datasets.ts. Fetching them is
 * `$lib/data/loadDataset.ts`'s job: the engine reads no network.
 */
import { show } from './show';
/** Names of the tables in `static/data/` (the file is `<name>.csv`). */
export type DatasetName = 'penguins' | 'iris' | 'cars';

/** One entry of {@link DATASETS}, enough to build a picker without loading the data. */
export interface DatasetInfo {
	name: DatasetName;
	title: string;
	/** One line on what the rows are. */
	description: string;
	/** Number of data rows (without the header). */
	rows: number;
	/** Numeric columns worth offering for plots and models (units: static/data/README.md). */
	numericColumns: string[];
	/** Categorical column to colour by or predict, if any. */
	labelColumn: string | null;
	/** Short source and licence; static/data/README.md has the full citation. */
	source: string;
}

/** The real tables, in the order a picker shows them. */
export const DATASETS: readonly DatasetInfo[] = [
	{
		name: 'penguins',
		title: 'Palmer penguins',
		description: '344 penguins of three species from three Antarctic islands: bill, flipper and body mass.',
		rows: 344,
		numericColumns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'],
		labelColumn: 'species',
		source: 'Gorman, Williams & Fraser (2014), Palmer Station LTER; CC0'
	},
	{
		name: 'iris',
		title: 'Iris flowers',
		description: "Fisher's 150 irises of three species: sepal and petal length and width in cm.",
		rows: 150,
		numericColumns: ['sepal_length_cm', 'sepal_width_cm', 'petal_length_cm', 'petal_width_cm'],
		labelColumn: 'species',
		source: 'Fisher (1936) / Anderson (1935), via the UCI repository; CC BY 4.0'
	},
	{
		name: 'cars',
		title: 'Cars (Auto MPG)',
		description:
			'406 cars from 1970–82: fuel economy, engine size, power, weight — features on very different scales.',
		rows: 406,
		numericColumns: ['mpg', 'displacement', 'horsepower', 'weight', 'acceleration'],
		labelColumn: 'origin',
		source: 'StatLib / UCI Auto MPG (Quinlan 1993); CC BY 4.0'
	}
];

/** The catalogue entry of a table; throws for an unknown name, listing the known ones. */
export function datasetInfo(name: string): DatasetInfo {
	const info = DATASETS.find((d) => d.name === name);
	if (!info) {
		throw new Error(
			`Unknown data set ${show(name)}; the known ones are ${DATASETS.map((d) => d.name).join(', ')}`
		);
	}
	return info;
}

export { parseCsvTable } from './csvTable';
