/**
 * The decision-boundary widget's state in the URL: the data (a generated plane or a real
 * table), and two models, A and B, each with its kind and every kind's key setting (so a
 * learner who switches A from a tree to k-NN and back finds the tree's depth as they left it).
 * Settings a kind shares between A and B (a forest's depth, boosting's depth and rate) are
 * one field each.
 */
import { DATA_NAMES, type DataName } from '$lib/ml/planeData';
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import {
	MAX_DEPTH,
	MAX_HIDDEN_UNITS,
	MODEL_KINDS,
	NO_LIMIT,
	SETTING_OF,
	type ModelKind,
	type ModelSettings,
	type SettingName
} from '$lib/jobs/boundaryTypes';

/** Two real tables, two measurements each, two classes (see plane.ts). */
export type TableName = 'penguins' | 'iris';
export type ZooData = DataName | TableName;
export const TABLE_NAMES: readonly TableName[] = ['penguins', 'iris'];
export const ZOO_DATA: readonly ZooData[] = [...DATA_NAMES, ...TABLE_NAMES];
export const isTable = (data: ZooData): data is TableName =>
	(TABLE_NAMES as readonly string[]).includes(data);

export { MAX_DEPTH, MAX_HIDDEN_UNITS, MODEL_KINDS, NO_LIMIT, SETTING_OF, type ModelKind, type ModelSettings };

export const MAX_SAMPLES = 500;
export const MAX_K = 50;

export type Slot = 'a' | 'b';
export type SettingField = `${Slot}${SettingName}`;
/** The link field that holds a slot's key setting for its kind: "ak", "bdepth"… */
export const settingField = (slot: Slot, kind: ModelKind) => `${slot}${SETTING_OF[kind]}` as SettingField;

/** A slot's model as one record. */
export function modelOf(input: ZooUrlState, slot: Slot): ModelSettings {
	return {
		kind: input[`m${slot}`],
		deg: input[`${slot}deg`],
		k: input[`${slot}k`],
		depth: input[`${slot}depth`],
		trees: input[`${slot}trees`],
		rounds: input[`${slot}rounds`],
		units: input[`${slot}units`]
	};
}

/** Training rows of a generated plane: what is left after the test share (held out rounds up, as scikit-learn). */
export const trainingRows = (n: number, testPercent: number) => n - Math.ceil((n * testPercent) / 100);

export const zooCodec = defineCodec(
	{
		data: enumField<ZooData>('moons', ZOO_DATA),
		/** Generated planes: samples, noise, seed. */
		n: intField(300, 40, MAX_SAMPLES),
		noise: numberField(0.3, 0, 1, 0.05),
		seed: intField(1, 1, 1_000_000),
		/** Share of the rows held out for testing, in percent. */
		test: intField(30, 10, 50),
		/** Model A and B: kind and key settings. */
		ma: enumField<ModelKind>('logistic', MODEL_KINDS),
		adeg: intField(1, 1, 5),
		ak: intField(15, 1, MAX_K),
		adepth: intField(3, 1, NO_LIMIT),
		atrees: intField(50, 1, 100),
		arounds: intField(100, 1, 300),
		aunits: intField(8, 1, MAX_HIDDEN_UNITS),
		mb: enumField<ModelKind>('tree', MODEL_KINDS),
		bdeg: intField(3, 1, 5),
		bk: intField(1, 1, MAX_K),
		bdepth: intField(NO_LIMIT, 1, NO_LIMIT),
		btrees: intField(50, 1, 100),
		brounds: intField(300, 1, 300),
		bunits: intField(8, 1, MAX_HIDDEN_UNITS),
		/** A forest's trees' maximum depth (NO_LIMIT for none), shared by A and B. */
		fdepth: intField(NO_LIMIT, 1, NO_LIMIT),
		/** Boosting's trees' depth and learning rate, shared by A and B. */
		gdepth: intField(3, 1, 5),
		lr: numberField(0.1, 0.01, 1, 0.01),
		q: intField(1, 1, 1_000_000)
	},
	{
		check({ value, problems }) {
			// k-NN cannot ask more neighbours than there are training rows (a plane's; a table has more than 50)
			if (isTable(value.data)) return;
			const rows = trainingRows(value.n, value.test);
			for (const slot of ['a', 'b'] as const) {
				const key = `${slot}k` as const;
				if (value[key] > rows) {
					problems.push(
						`The link asks model ${slot.toUpperCase()} for ${value[key]} neighbours but only ${rows} rows train; using ${rows}.`
					);
					value[key] = rows;
				}
			}
		}
	}
);

export type ZooUrlState = StateOf<typeof zooCodec>;
