/**
 * Listening to a caller's signal without piling up listeners on it (`listen`, `unlisten`), and
 * waiting on one (`sleep`).
 */

/** The longest delay `setTimeout` takes: it fires at once for longer ones. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Something that wants to hear when a caller's signal aborts. */
export interface AbortListener {
  handleEvent(): void;
}

/**
 * The one listener this package puts on a caller's signal, however many calls share it: each
 * attempt or wait joins its set instead of adding a listener of its own, so a signal shared by
 * many concurrent calls never passes Node's listener limit (MaxListenersExceededWarning). The
 * listener is removed when the last one leaves.
 */
class SignalFanOut {
  readonly #signal: AbortSignal;
  readonly #listeners = new Set<AbortListener>();

  constructor(signal: AbortSignal) {
    this.#signal = signal;
  }

  add(listener: AbortListener): void {
    if (this.#listeners.size === 0) this.#signal.addEventListener("abort", this);
    this.#listeners.add(listener);
  }

  delete(listener: AbortListener): void {
    if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
    this.#signal.removeEventListener("abort", this);
    fanOuts.delete(this.#signal);
  }

  handleEvent(): void {
    for (const listener of [...this.#listeners]) listener.handleEvent();
  }
}

const fanOuts = new WeakMap<AbortSignal, SignalFanOut>();

/** Calls `listener.handleEvent()` when `signal` aborts, until `unlisten` is called with the same two. */
export function listen(signal: AbortSignal, listener: AbortListener): void {
  let fanOut = fanOuts.get(signal);
  if (!fanOut) fanOuts.set(signal, (fanOut = new SignalFanOut(signal)));
  fanOut.add(listener);
}

export function unlisten(signal: AbortSignal, listener: AbortListener): void {
  fanOuts.get(signal)?.delete(listener);
}

/** Waits, or rejects with the caller's abort reason as soon as the signal aborts; leaves nothing behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0 && !signal) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const listener: AbortListener = {
      handleEvent() {
        clearTimeout(timer);
        unlisten(signal!, listener);
        reject(signal!.reason);
      },
    };
    const timer = setTimeout(
      () => {
        if (signal) unlisten(signal, listener);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    if (signal) listen(signal, listener);
  });
}
