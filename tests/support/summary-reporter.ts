/**
 * Ends the test output with one plain line, "N passed, N failed" (and
 * ", N skipped"), which CI reads as the result of the run.
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
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
