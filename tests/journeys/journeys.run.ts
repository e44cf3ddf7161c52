import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'vitest';
import { consoleTable, markdown } from './report';
import { runAllJourneys } from './run-all';

// `npm run journeys`: prints the table per account type and writes docs/journeys.md. The counts are
// asserted in the unit suite (tests/unit/journeys); this run only reports.
test('account journeys', () => {
  const results = runAllJourneys();
  console.log(`\n${consoleTable(results)}\n`);
  const out = fileURLToPath(new URL('../../docs/journeys.md', import.meta.url));
  writeFileSync(out, markdown(results));
  console.log(`Wrote ${out}`);
}, 600_000);
