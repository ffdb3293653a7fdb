/** "On the exam" for k-means: facts from the study notes (../shared/seeds) and the curriculum's exam facts. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'Unlabelled data to group (customers, articles) points to clustering, and SageMaker’s built-in K-Means. Questions then test that features are scaled first and that k is read off an elbow plot of inertia against k.',
	settings: [
		{
			name: 'SageMaker K-Means',
			what: 'the built-in clustering algorithm: you choose the number of clusters k; it learns one centroid per cluster.'
		},
		{
			name: 'Scaling before K-Means',
			what: 'mean/variance standardisation (or min-max, max-abs, robust scaling), so that no feature’s units decide the distances.'
		},
		{
			name: 'Elbow plot',
			what: 'inertia against k: pick the k where the curve bends, never the lowest inertia.'
		}
	],
	tip: 'The best inertia only falls as k grows, and k-means returns k clusters even from noise: an answer that picks the lowest inertia, or trusts clusters just because k-means found them, is the trap.'
};
