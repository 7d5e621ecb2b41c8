/** What the page scripts share: elements built as DOM (text stays text), JSON fetched once per path. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

const fetched = new Map<string, Promise<unknown>>();

function fetchOnce<T>(path: string, read: (response: Response) => Promise<T>): Promise<T> {
  let body = fetched.get(path);
  if (!body) fetched.set(path, (body = fetch(path).then(read)));
  return body as Promise<T>;
}

/** The JSON at `path`, fetched at most once per page. */
export function fetchJsonOnce<T>(path: string): Promise<T> {
  return fetchOnce(path, (r) => r.json());
}

/**
 * Gzipped JSON at `path` (browse chunks), fetched at most once per page. A host that sent it with
 * Content-Encoding: gzip has had it unpacked by the browser already: then it is read as it is.
 */
export function fetchGzippedJsonOnce<T>(path: string): Promise<T> {
  return fetchOnce(path, async (r) => {
    const bytes = await r.arrayBuffer();
    const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
    const stream = new Blob([bytes]).stream();
    return new Response(head[0] === 0x1f && head[1] === 0x8b ? stream.pipeThrough(new DecompressionStream('gzip')) : stream).json();
  });
}

/** What a placeholder (× or xx in the source) says on hover. */
export const PLACEHOLDER_TITLE = '原文已隐去';
