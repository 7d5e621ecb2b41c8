/**
 * npm run ingest [-- --check] [-- --prune]
 * Reads every file in <content>/sources and writes one entry per report to <content>/reports.
 * <content> is ./content, or $DUIZHAO_CONTENT. Unchanged sources change no file. A file that
 * cannot be ingested is reported by name and the others still are; the exit code is then 1.
 * --check writes nothing and fails when any entry is not what ingest would write.
 * --prune also retires reports a person edited or reviewed whose source is gone.
 */
import { ingestContent } from '../src/lib/ingest/ingest-content.ts';
import { settings } from '../src/lib/settings.ts';

const check = process.argv.includes('--check');
const prune = process.argv.includes('--prune');
try {
  const result = await ingestContent(settings.content, { write: !check, prune });
  for (const line of result.log) console.log(line);
  for (const failure of result.failures) console.error(`✗ ${failure.file}: ${failure.message}`);
  const stale = result.changed.length + result.retired.length + result.removed.length;
  console.log(
    `ingest: ${result.entries} entries, ${result.changed.length} ${check ? 'out of date' : 'written'}, ${result.retired.length} ${check ? 'to retire' : 'retired'}, ${result.removed.length} ${check ? 'to replace' : 'replaced'}, ${result.failures.length} failed`,
  );
  if (result.failures.length > 0 || (check && stale > 0)) process.exitCode = 1;
} catch (error) {
  // One line naming what is wrong, never a stack trace.
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
