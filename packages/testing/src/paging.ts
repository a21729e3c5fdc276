/** Pages in creation order with opaque tokens, as every list of the fake serves them. */

/** A stored value with its creation order; page tokens point at the order, so pages stay stable while others come and go. */
export interface Sequenced<T> {
  sequence: number;
  value: T;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
  previousToken?: string;
}

type Cursor = { after: number } | { before: number };

function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify(cursor)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function decodeCursor(token: string): Cursor | undefined {
  try {
    const value = JSON.parse(atob(token.replaceAll("-", "+").replaceAll("_", "/"))) as Record<string, unknown>;
    if (Number.isSafeInteger(value.after)) return { after: value.after as number };
    if (Number.isSafeInteger(value.before)) return { before: value.before as number };
  } catch {
    // Not base64 or not JSON: the same answer as a well-formed token that means nothing.
  }
  return undefined;
}

/**
 * One page of `all` (in creation order), each item copied through `view`; undefined when the token
 * is not one this fake issued.
 */
export function pageOf<T, V = T>(
  all: readonly Sequenced<T>[],
  pageSize: number,
  pageToken: string | undefined,
  view: (value: T) => V,
): Page<V> | undefined {
  const cursor = pageToken === undefined ? { after: 0 } : decodeCursor(pageToken);
  if (!cursor) return undefined;
  let selected: Sequenced<T>[];
  if ("after" in cursor) {
    const start = all.findIndex((entry) => entry.sequence > cursor.after);
    selected = start < 0 ? [] : all.slice(start, start + pageSize);
  } else {
    const end = all.findIndex((entry) => entry.sequence >= cursor.before);
    const stop = end < 0 ? all.length : end;
    selected = all.slice(Math.max(0, stop - pageSize), stop);
  }
  const first = selected[0];
  const last = selected.at(-1);
  const page: Page<V> = { items: selected.map((entry) => view(entry.value)) };
  const lastSequence = all.at(-1)?.sequence ?? 0;
  const firstSequence = all[0]?.sequence ?? 0;
  if (last && last.sequence < lastSequence) page.nextToken = encodeCursor({ after: last.sequence });
  if (first && first.sequence > firstSequence) page.previousToken = encodeCursor({ before: first.sequence });
  if (!first && pageToken !== undefined && "after" in cursor && cursor.after > 0 && all.length > 0) {
    page.previousToken = encodeCursor({ before: cursor.after + 1 });
  }
  return page;
}
