/**
 * A body read whole and bounded: chunks are counted as they come and reading stops, the source
 * closed, once there are more than the limit. Response bodies (body.ts) and webhook deliveries
 * (@convintel/client) are read through it.
 */

const encoder = /* @__PURE__ */ new TextEncoder();

export interface LimitedRead {
  /** Largest number of bytes accepted. */
  readonly limit: number;
  /** What is thrown once more than `limit` bytes have come. */
  tooLarge(): unknown;
  /** Rejects when reading must stop early (an abort, a timeout); its reason is thrown. */
  readonly stopped?: Promise<never>;
}

/**
 * Reads every chunk of `source` (text is taken as UTF-8) into one array. Whatever ends the reading
 * early, the limit, `stopped` or a failing source, is thrown, and the source is closed (a Node.js
 * stream destroyed, a web stream cancelled) without waiting for it, as a stuck source may never settle.
 */
export async function readLimited(source: AsyncIterator<Uint8Array | string>, read: LimitedRead): Promise<Uint8Array> {
  const { limit, stopped } = read;
  const parts: Uint8Array[] = [];
  let length = 0;
  let finished = false;
  let failure: unknown;
  try {
    for (;;) {
      const next = source.next();
      let step: IteratorResult<Uint8Array | string>;
      if (stopped) {
        // A read left pending when reading stops may still fail once the source is closed.
        next.catch(() => {});
        step = await Promise.race([next, stopped]);
      } else step = await next;
      if (step.done) {
        finished = true;
        break;
      }
      const chunk = step.value;
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      if (!(bytes instanceof Uint8Array)) throw new TypeError("a chunk of the body is not bytes or text");
      length += bytes.byteLength;
      if (length > limit) throw read.tooLarge();
      parts.push(bytes);
    }
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // What ended the reading goes along as the reason (a web stream's cancel reason).
    if (!finished) Promise.resolve(source.return?.(failure)).catch(() => {});
  }
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}

/** A web stream as an iterator whose `return(reason)` cancels the stream with that reason. */
export function streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterator<Uint8Array> {
  const reader = stream.getReader();
  return {
    next: async () => {
      const { done, value } = await reader.read();
      return done ? { done: true, value: undefined } : { done: false, value };
    },
    return: async (reason?: unknown) => {
      await reader.cancel(reason);
      return { done: true, value: undefined };
    },
  };
}
