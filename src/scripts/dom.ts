/** What the page scripts share: elements built as DOM (text stays text), JSON fetched once per path. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

const fetched = new Map<string, Promise<unknown>>();

/** The JSON at `path`, fetched at most once per page. */
export function fetchJsonOnce<T>(path: string): Promise<T> {
  let body = fetched.get(path);
  if (!body) {
    body = fetch(path).then((r) => r.json());
    fetched.set(path, body);
  }
  return body as Promise<T>;
}
