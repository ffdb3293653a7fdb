/** "On the exam" for hyperparameter search: how tuning is asked, and the SageMaker automatic model tuning settings that carry it. */
import type { ExamNotes } from '$lib/quiz/exam';

export const searchExam: ExamNotes = {
	asked:
		'Scenarios give a tuning goal and a constraint (few training jobs, jobs that run for hours, a range spanning decades, a previous tuning job to build on) and ask for the strategy, the scaling type or the setting that meets it.',
	settings: [
		{
			name: 'Strategy: `Bayesian`, `Random`, `Grid`, `Hyperband`',
			what: 'Bayesian (the default) models the score from finished jobs; Random draws independently; Grid tries every combination of categorical values; Hyperband stops poor jobs early and gives their budget to promising ones.'
		},
		{
			name: 'ScalingType: `Auto`, `Linear`, `Logarithmic`, `ReverseLogarithmic`',
			what: 'Logarithmic for ranges spanning decades (values above 0, such as a learning rate); ReverseLogarithmic for values close to 1 (a momentum of 0.9–0.9999).'
		},
		{
			name: '`MaxParallelTrainingJobs`',
			what: 'more jobs at once finish sooner, but a Bayesian search learns from fewer finished jobs before choosing each one.'
		},
		{
			name: 'Warm start: `IDENTICAL_DATA_AND_ALGORITHM`, `TRANSFER_LEARNING`',
			what: 'a new tuning job starts from the results of up to 5 parent jobs: the same data and algorithm, or changed ones.'
		},
		{
			name: '`TrainingJobEarlyStoppingType`: `Auto`',
			what: 'stops training jobs that are unlikely to beat the best so far (Hyperband has its own early stopping).'
		}
	],
	tip: 'Few trials and sequential jobs → Bayesian; many jobs at once → Random; long trainings with early signal → Hyperband; a range over decades → Logarithmic; grid only when every combination of a few categories must be tried.'
};
