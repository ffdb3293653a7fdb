import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/quiz/quiz';
import QuizFixture from './QuizFixture.svelte';

const predict = (answer: string): Question => ({
	id: 'raise',
	form: 'predict',
	see: { label: 'threshold 0.70', params: 't=0.7' },
	kind: 'choice',
	prompt: 'Raise the threshold from 0.50 to 0.70: what does precision do?',
	options: ['It goes up', 'It goes down'],
	answer,
	explanation: 'Fewer false alarms.'
});
const compute: Question = {
	id: 'sum',
	form: 'compute',
	kind: 'number',
	prompt: 'TP = 3, FN = 1: what is the recall?',
	answer: 0.75,
	proportion: true,
	explanation: '3 / 4.'
};

describe('Quiz', () => {
	it('keeps an answered question and its verdict, and offers Show me only after the answer', async () => {
		const onsee = vi.fn();
		render(QuizFixture, { questions: [predict('It goes up'), compute], onsee });
		expect(screen.getByText('Predict, then see')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Show me/ })).toBeNull();
		await fireEvent.click(screen.getByLabelText('It goes up'));
		await fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[0]);
		expect(screen.getByText(/^Correct\./)).toBeInTheDocument();
		expect(screen.getByLabelText('It goes up')).toBeChecked();
		await fireEvent.click(screen.getByRole('button', { name: 'Show me: threshold 0.70' }));
		expect(onsee).toHaveBeenCalledWith({ label: 'threshold 0.70', params: 't=0.7' });
	});

	it('holds the answered set still when the widget deals new numbers', async () => {
		const { rerender } = render(QuizFixture, {
			questions: [predict('It goes up'), compute],
			onsee: () => {}
		});
		await fireEvent.input(screen.getByLabelText(compute.prompt), { target: { value: '75%' } });
		await fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[1]);
		await rerender({ questions: [predict('It goes down')], onsee: () => {} });
		// still the first set: the compute question and its verdict stay
		expect(screen.getByLabelText(compute.prompt)).toHaveValue('75%');
		expect(screen.getByText(/^Correct\. 3 \/ 4\./)).toBeInTheDocument();
	});

	it('follows the numbers while nothing is answered', async () => {
		const { rerender } = render(QuizFixture, {
			questions: [predict('It goes up'), compute],
			onsee: () => {}
		});
		await rerender({ questions: [predict('It goes down')], onsee: () => {} });
		expect(screen.queryByLabelText(compute.prompt)).toBeNull();
	});
});
