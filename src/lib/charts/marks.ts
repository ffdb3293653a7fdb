/** How a scatter point is marked. picked-outlier: the learner's own point when a rule flags it (red fill, picked ring). */
export type Mark = 'picked' | 'neighbour' | 'outlier' | 'picked-outlier';
