// setTimeout fires at once for delays above 2^31-1 ms; longer limits get no timer at all.
const MAX_TIMER_MS = 2_147_483_647;

export const NOT_ABORTED = 0;
export const ABORTED_BY_CALLER = 1;
export const TIMED_OUT = 2;

function onTimer(attempt: AttemptSignal): void {
  attempt.timeOut();
}

/**
 * The signal of one attempt: aborted by the caller's signal or by the attempt's timer, whichever
 * comes first, and remembering which. `AbortSignal.any` and `AbortSignal.timeout` are avoided: the
 * first is missing on early Node 20 releases, and neither can be cleaned up, so a settled call
 * could keep a timer or a listener alive. `dispose()` clears both.
 */
export class AttemptSignal {
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  abortedBy: typeof NOT_ABORTED | typeof ABORTED_BY_CALLER | typeof TIMED_OUT = NOT_ABORTED;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    // The object itself is the listener (handleEvent), so no closure is made per attempt.
    caller?.addEventListener("abort", this);
    if (timeoutMs <= MAX_TIMER_MS) this.#timer = setTimeout(onTimer, Math.max(0, timeoutMs), this);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  handleEvent(): void {
    if (this.abortedBy !== NOT_ABORTED) return;
    this.abortedBy = ABORTED_BY_CALLER;
    this.#controller.abort(this.#caller?.reason);
  }

  timeOut(): void {
    if (this.abortedBy !== NOT_ABORTED) return;
    this.abortedBy = TIMED_OUT;
    this.#controller.abort(new DOMException("The attempt timed out.", "TimeoutError"));
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#caller?.removeEventListener("abort", this);
  }
}

/** Waits, or rejects with the caller's abort reason as soon as the signal aborts; leaves nothing behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0 && !signal) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.min(ms, MAX_TIMER_MS));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
