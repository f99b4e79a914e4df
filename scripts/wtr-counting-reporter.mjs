// A @web/test-runner reporter that ends the run with one plain line: `N passed, N failed[, N skipped]`.
// A test file that fails to load (no results, or errors) counts as one failure, so it cannot hide.
export function countingReporter() {
  let summary;
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        const broken = !session.testResults || (session.errors?.length ?? 0) > 0;
        const empty = !session.testResults || countTests(session.testResults) === 0;
        if (broken && (empty || session.errors?.length)) failed++;
      }
      summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    },
    async stop() {
      if (summary) console.log(`browser: ${summary}`);
    },
  };
}

function countTests(suite) {
  let n = suite.tests.length;
  for (const s of suite.suites) n += countTests(s);
  return n;
}
