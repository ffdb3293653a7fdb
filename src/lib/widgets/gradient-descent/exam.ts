/** "On the exam" for gradient descent: how the learning rate, batch size and optimisers are asked, and the SageMaker settings that carry them. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'Scenarios describe a training curve and ask for the fix: a loss that blows up to `nan` (rate too high), one that falls smoothly but barely (rate too low), a jagged curve (batches too small), or training that stalls on a plateau (momentum, Adam).',
	settings: [
		{
			name: 'Linear Learner: `optimizer`, `learning_rate`, `mini_batch_size`',
			what: '`optimizer` is `auto`, `sgd`, `adam` or `rmsprop`; with `sgd`, `momentum` sets β; `beta_1` and `beta_2` are Adam’s.'
		},
		{
			name: 'Image Classification: `optimizer`, `learning_rate`, `momentum`',
			what: '`sgd`, `nag` (Nesterov), `adam` or `rmsprop`; `lr_scheduler_step` and `lr_scheduler_factor` lower the rate as training goes on.'
		},
		{
			name: 'Automatic model tuning',
			what: 'search the learning rate on a `Logarithmic` scale: good rates span decades (0.001 to 1), as the slider here does.'
		}
	],
	tip: 'Loss explodes (or turns to `nan`) → lower the learning rate; loss falls too slowly → raise it (or Adam); noisy loss → larger mini-batch; stuck on a plateau or in a shallow dip → momentum.'
};
