/**
 * The exam-style scenario questions and the one computation of the text-features quiz. The
 * scenarios name the AWS services the exam asks about (BlazingText's two modes, Comprehend) and
 * the one-hot versus embeddings choice; their numbers come from the question set's seed.
 */
import type { Question } from '$lib/quiz/quiz';
import { choiceScenario } from '$lib/quiz/scenario';
import type { Rng } from '$lib/ml/random';
import { formatCount } from '$lib/format/format';

/** Smooth IDF, written out here on its own so the quiz's key does not lean on the engine. */
export const smoothIdf = (documents: number, frequency: number) =>
	Math.log((1 + documents) / (1 + frequency)) + 1;

export function idfByHand(rng: Rng): Question {
	const documents = 4 + rng.int(7);
	const frequency = 1 + rng.int(documents - 1);
	const answer = smoothIdf(documents, frequency);
	return {
		id: 'idf-by-hand',
		form: 'compute',
		kind: 'number',
		answer,
		tolerance: 0.01,
		prompt: `A corpus of ${formatCount(documents)} documents; a term is in ${formatCount(frequency)} of them. What is its smooth IDF, ln((1 + n) / (1 + df)) + 1? (two decimals)`,
		explanation: `ln((1 + ${documents}) / (1 + ${frequency})) + 1 = ln(${documents + 1} / ${frequency + 1}) + 1 = ${answer.toFixed(2)}.`
	};
}

export function wordInEveryDocument(rng: Rng): Question {
	const lines = 1000 * (2 + rng.int(8));
	const answer = '1, the lowest any term can get';
	return choiceScenario({
		id: 'word-in-every-document',
		prompt: `A team vectorizes ${formatCount(lines)} application log lines with TF-IDF (smooth IDF, scikit-learn’s defaults). The word “INFO” is in every line. What is its IDF?`,
		options: ['0: it is dropped', answer, `ln(${formatCount(lines)})`, 'The highest of all terms'],
		answer,
		explanation:
			'With df = n, ln((1 + n) / (1 + n)) = 0, so the IDF is 0 + 1 = 1: the least weight, though not zero. A word every document has does not tell them apart; to drop it outright, set max_df below 1 or list it as a stop word.'
	});
}

export function classifyTickets(rng: Rng): Question {
	const classes = 5 + rng.int(20);
	const answer = 'BlazingText in text classification (supervised) mode';
	return choiceScenario({
		id: 'classify-tickets',
		prompt: `A support team has 200,000 tickets, each labelled with one of ${formatCount(classes)} categories, and wants a fast built-in SageMaker algorithm that learns to label new tickets. Which fits?`,
		options: [
			answer,
			'BlazingText in Word2Vec mode',
			'Amazon Comprehend’s sentiment API',
			'PCA on one-hot vectors'
		],
		answer,
		explanation:
			'Labels and a class to predict: BlazingText’s supervised mode (`mode=supervised`, fastText-style text classification). Word2Vec mode learns word vectors from unlabelled text and predicts no label; sentiment is not the tickets’ categories.'
	});
}

export function wordVectors(rng: Rng): Question {
	const words = 10_000 * (2 + rng.int(9));
	const answer = 'BlazingText in Word2Vec mode (skip-gram or CBOW)';
	return choiceScenario({
		id: 'word-vectors',
		prompt: `From a large unlabelled corpus with ${formatCount(words)} distinct words, a team wants dense word vectors in which “good” and “great” lie close together, to feed a later model. Which SageMaker built-in algorithm fits?`,
		options: [
			answer,
			'BlazingText in text classification mode',
			'Linear Learner on TF-IDF vectors',
			'k-means on one-hot vectors'
		],
		answer,
		explanation:
			'Word2Vec learns an embedding per word from the words around it, with no labels: `mode` = skipgram, cbow or batch_skipgram. Words used alike end up close, which one-hot or TF-IDF columns never do.'
	});
}

export function reviewSentiment(rng: Rng): Question {
	const reviews = 10_000 * (1 + rng.int(9));
	const answer = 'Amazon Comprehend';
	return choiceScenario({
		id: 'review-sentiment',
		prompt: `A retailer wants the sentiment (positive, negative, neutral, mixed) of ${formatCount(reviews)} product reviews a day, with no labelled data and no ML team. What is the least effort?`,
		options: [
			answer,
			'BlazingText in text classification mode',
			'A TF-IDF matrix and Linear Learner',
			'Amazon Translate'
		],
		answer,
		explanation:
			'Comprehend is a managed NLP service: sentiment, entities, key phrases and language come from an API call, with no model to train. BlazingText or Linear Learner would need labelled reviews and training.'
	});
}

export function oneHotWords(rng: Rng): Question {
	const words = 10_000 * (2 + rng.int(9));
	const answer = `${formatCount(words)} columns, and every two different words are equally far apart`;
	return choiceScenario({
		id: 'one-hot-words',
		prompt: `A vocabulary has ${formatCount(words)} words. Each word is one-hot encoded. How wide is a word’s vector, and how similar are “good” and “great”?`,
		options: [
			answer,
			`${formatCount(words)} columns, and “good” and “great” are close`,
			'300 columns, and “good” and “great” are close',
			'1 column holding the word’s index'
		],
		answer,
		explanation:
			'One-hot (and bag of words) gives one sparse column per word; two different words share no column, so their cosine is 0 whatever they mean. Word embeddings (Word2Vec, a few hundred dense numbers) put words used alike close together.'
	});
}
