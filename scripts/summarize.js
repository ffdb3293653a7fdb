// Totals of a test run (scripts/test.sh; reports/ is ours, since Playwright empties test-results/): vitest's and Playwright's tests one by one, plus
// one check each for the steps that have no tests of their own (browser, types, lint, build).
// Prints the failures, then "N passed, N failed"; exits 1 if anything failed or did not run.
import { existsSync, readFileSync } from 'node:fs';

const steps = readFileSync('reports/steps.txt', 'utf8')
	.trim()
	.split('\n')
	.map((line) => {
		const [name, result] = line.split(' ');
		return { name, ok: result === 'ok' };
	});

let passed = 0;
let failed = 0;
const failures = [];

for (const step of steps.filter((s) => !['unit', 'e2e'].includes(s.name))) {
	if (step.ok) passed++;
	else {
		failed++;
		failures.push(`step: ${step.name}`);
	}
}

function countVitest() {
	const file = 'reports/vitest.json';
	if (!existsSync(file)) return false;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	for (const suite of report.testResults)
		for (const test of suite.assertionResults)
			if (test.status === 'failed') failures.push(`unit: ${test.fullName}`);
	// a file that failed to load has no tests in it: count it as a failure
	for (const suite of report.testResults)
		if (suite.status === 'failed' && suite.assertionResults.length === 0) {
			failed++;
			failures.push(`unit: ${suite.name} did not load`);
		}
	return true;
}

function countPlaywright() {
	const file = 'reports/e2e.json';
	if (!existsSync(file)) return false;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	passed += report.stats.expected;
	failed += report.stats.unexpected + report.stats.flaky;
	const walk = (suite, path) => {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests)
				if (test.status !== 'expected' && test.status !== 'skipped')
					failures.push(`e2e: ${[...path, spec.title].join(' › ')}`);
		for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
	};
	for (const suite of report.suites) walk(suite, [suite.title]);
	if (report.errors?.length) {
		failed += report.errors.length;
		failures.push(...report.errors.map((e) => `e2e: ${e.message?.split('\n')[0]}`));
	}
	return true;
}

for (const [name, count] of [
	['unit', countVitest],
	['e2e', countPlaywright]
]) {
	if (!count()) {
		failed++;
		failures.push(`${name}: no report (the step crashed before running its tests)`);
	}
}

if (failures.length) {
	console.log('Failed:');
	for (const f of failures) console.log(`  - ${f}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
