/**
 * Every environment variable the project reads, defined once: name, meaning, default. Ingest,
 * the build, the search index and the scripts read their settings here; the README's table
 * lists the same (a unit test keeps the two in step). Server-side only: pages and scripts in the
 * browser get the base path from Astro (import.meta.env.BASE_URL), see view/urls.ts.
 */
import { resolve } from 'node:path';

export interface Setting {
  name: string;
  meaning: string;
  default: string;
}

export const SETTINGS = [
  { name: 'DUIZHAO_CONTENT', meaning: 'the content folder (sources/, reports/, pages/, aspect-intros/) that ingest and the build read', default: 'content' },
  { name: 'DUIZHAO_OUT', meaning: 'where the build writes the site', default: 'dist' },
  {
    name: 'DUIZHAO_SITE',
    meaning: 'the address the site is published at (canonical links, og:url; a build without it has none, and warns)',
    default: 'http://localhost:4321',
  },
  { name: 'DUIZHAO_BASE', meaning: 'the path the site lives under, for a site served in a sub-folder, e.g. /duizhao/', default: '/' },
  { name: 'DUIZHAO_SHARD_SIZE', meaning: 'reports per search index shard', default: '1000' },
] as const satisfies readonly Setting[];

type SettingName = (typeof SETTINGS)[number]['name'];
type Env = Partial<Record<string, string | undefined>>;

function raw(env: Env, name: SettingName): string {
  const value = env[name]?.trim();
  return value ? value : SETTINGS.find((s) => s.name === name)!.default;
}

/** '/', '/duizhao/' — always with a leading and a trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export interface Settings {
  /** Absolute path of the content folder. */
  content: string;
  out: string;
  site: string;
  /** Whether DUIZHAO_SITE was set (a production build without it warns). */
  siteSet: boolean;
  base: string;
  shardSize: number;
}

export function readSettings(env: Env = process.env): Settings {
  const shardSize = Number(raw(env, 'DUIZHAO_SHARD_SIZE'));
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`DUIZHAO_SHARD_SIZE must be a whole number ≥ 1, not "${env.DUIZHAO_SHARD_SIZE}"`);
  return {
    content: resolve(raw(env, 'DUIZHAO_CONTENT')),
    out: raw(env, 'DUIZHAO_OUT'),
    site: raw(env, 'DUIZHAO_SITE'),
    siteSet: Boolean(env.DUIZHAO_SITE?.trim()),
    base: normalizeBase(raw(env, 'DUIZHAO_BASE')),
    shardSize,
  };
}

export const settings: Settings = readSettings();
