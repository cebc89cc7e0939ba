/**
 * Ends the test output with one plain line, "N passed, N failed" (and
 * ", N skipped"), which CI reads as the result of the run. A test file that
 * fails before its tests (an import that cannot load) counts as one failed.
 */
import type { Reporter } from 'vitest/reporters';

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

export default class SummaryReporter implements Reporter {
  onFinished(files: readonly TaskLike[] = []) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const visit = (task: TaskLike) => {
      if (task.type === 'test') {
        if (task.result?.state === 'pass') counts.passed++;
        else if (task.result?.state === 'fail') counts.failed++;
        else counts.skipped++;
      }
      task.tasks?.forEach(visit);
    };
    files.forEach(visit);
    // A file that failed on its own (it could not be loaded, or a hook threw) is a failure, even with no test failed in it.
    const failedTests = (task: TaskLike): boolean =>
      (task.type === 'test' && task.result?.state === 'fail') || (task.tasks ?? []).some(failedTests);
    counts.failed += files.filter((file) => file.result?.state === 'fail' && !failedTests(file)).length;
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
