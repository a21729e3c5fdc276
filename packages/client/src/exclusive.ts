import { AbortError } from "./errors.js";
import { listen, unlisten } from "@convintel/fetch";

// The calls waiting on, or running under, each key: every entry is the promise the next comer waits for.
const queues = new Map<string, Promise<void>>();

/** Waits for `turn`, or rejects with an AbortError as soon as the signal aborts. */
function waitTurn(turn: Promise<void>, signal: AbortSignal | undefined, operationId: string): Promise<void> {
  if (!signal) return turn;
  if (signal.aborted) return Promise.reject(new AbortError({ reason: signal.reason, operationId }));
  return new Promise((resolve, reject) => {
    const listener = {
      handleEvent() {
        unlisten(signal, listener);
        reject(new AbortError({ reason: signal.reason, operationId }));
      },
    };
    listen(signal, listener);
    turn.then(() => {
      unlisten(signal, listener);
      resolve();
    });
  });
}

/**
 * Runs `task` once every earlier task of the same key has settled, so tasks of one key never
 * overlap, in the order they were asked for. A caller whose signal aborts while waiting leaves the
 * queue at once (rejecting with an AbortError that names `operationId`) without holding up those behind it.
 */
export async function exclusive<T>(key: string, signal: AbortSignal | undefined, operationId: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = previous.then(() => done);
  queues.set(key, tail);
  try {
    await waitTurn(previous, signal, operationId);
    return await task();
  } finally {
    release();
    if (queues.get(key) === tail) queues.delete(key);
  }
}
