/** The library's similar wordings (lib/similar), computed once per build from the passage records. */
import { similarLibrary, type SimilarLibrary } from '../lib/similar/view.ts';
import { library } from './library.ts';

let cached: Promise<SimilarLibrary> | undefined;

export function similar(): Promise<SimilarLibrary> {
  cached ??= library().then(({ records }) => {
    const start = performance.now();
    const result = similarLibrary(records);
    const { texts, verified } = result.index;
    // bench:build reads this line: the similarity step's own time.
    console.log(
      `similar wordings: ${records.length} passages, ${texts.length} distinct texts, ${verified} pairs verified in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    return result;
  });
  return cached;
}
