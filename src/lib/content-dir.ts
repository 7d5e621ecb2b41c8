import { resolve } from 'node:path';

/** The content folder (sources/ and reports/ inside): ./content, or $DUIZHAO_CONTENT to build another corpus. */
export function contentDir(): string {
  return resolve(process.env.DUIZHAO_CONTENT || 'content');
}
