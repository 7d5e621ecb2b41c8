/**
 * deploy/nginx.conf run by a real nginx (Debian's, installed by .ci/run like Chromium) over a
 * built site: a child process in the foreground, on a loopback port, with its pid, logs and temp
 * files in a temporary folder. Only `listen` and `root` of the config are replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const CONFIG = join(import.meta.dirname, '../../deploy/nginx.conf');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET with exactly the headers given (fetch would add Accept-Encoding and decompress). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** Serves `dist` at `base` (the base path the site was built for, as in deploy/nginx.conf). */
export async function serveWithNginx(dist: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx-light (see .ci/run)`);
  const prefix = mkdtempSync(join(tmpdir(), 'duizhao-nginx-'));
  const root = join(prefix, 'www');
  const at = join(root, base.replace(/\/+$/, ''));
  mkdirSync(join(at, '..'), { recursive: true });
  symlinkSync(dist, at);
  const port = await freePort();
  const site = readFileSync(CONFIG, 'utf8')
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/srv\/www;$/m, `$1root ${root};`);
  if (!site.includes(`127.0.0.1:${port}`) || !site.includes(root)) throw new Error('deploy/nginx.conf has no `listen 80;` or `root /srv/www;` line to replace');
  writeFileSync(join(prefix, 'duizhao.conf'), site);
  mkdirSync(join(prefix, 'tmp'));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 128; }
http {
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/duizhao.conf;
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  // Ready when it answers; if it exits first, say why.
  for (;;) {
    const outcome = await Promise.race([
      exited.then((code) => ({ code })),
      get(`${url}${base}`).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    ]);
    if (outcome === 'up') break;
    if (typeof outcome === 'object') {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx exited (${outcome.code}):\n${stderr}\n${log}`);
    }
  }
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
