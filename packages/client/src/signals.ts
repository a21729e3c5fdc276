import type { AbortSource } from "@convintel/fetch";

// setTimeout fires at once for delays above 2^31-1 ms; longer limits get no timer at all.
const MAX_TIMER_MS = 2_147_483_647;

export const NOT_ABORTED = 0;
export const ABORTED_BY_CALLER = 1;
export const TIMED_OUT = 2;

function onTimer(attempt: AttemptSignal): void {
  attempt.timeOut();
}

/** Something that wants to hear when a caller's signal aborts. */
interface AbortListener {
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

/**
 * The cancellation of one attempt: aborted by the caller's signal or by the attempt's timer,
 * whichever comes first, and remembering which. It is an `AbortSource` of @convintel/fetch: the
 * Node.js transport listens to it directly, and only a `fetch` that needs a standard `AbortSignal`
 * makes one (`signal`), as an AbortController costs more than the rest of an attempt's bookkeeping.
 * `AbortSignal.any` and `AbortSignal.timeout` are avoided: the first is missing on early Node 20
 * releases, and neither can be cleaned up, so a settled call could keep a timer or a listener
 * alive. `dispose()` clears both.
 */
export class AttemptSignal implements AbortSource {
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  // One listener is the rule (the transport); more are kept in a set.
  #listener: EventListenerObject | undefined;
  #listeners: Set<EventListenerObject> | undefined;
  abortedBy: typeof NOT_ABORTED | typeof ABORTED_BY_CALLER | typeof TIMED_OUT = NOT_ABORTED;
  reason: unknown = undefined;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    // The object itself is the listener (handleEvent), so no closure is made per attempt.
    if (caller) listen(caller, this);
    if (timeoutMs <= MAX_TIMER_MS) this.#timer = setTimeout(onTimer, Math.max(0, timeoutMs), this);
  }

  get aborted(): boolean {
    return this.abortedBy !== NOT_ABORTED;
  }

  /** A standard AbortSignal that follows this one, made on first use. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }

  addEventListener(_type: "abort", listener: EventListenerObject): void {
    if (this.#listeners) this.#listeners.add(listener);
    else if (this.#listener === undefined || this.#listener === listener) this.#listener = listener;
    else {
      this.#listeners = new Set([this.#listener, listener]);
      this.#listener = undefined;
    }
  }

  removeEventListener(_type: "abort", listener: EventListenerObject): void {
    if (this.#listener === listener) this.#listener = undefined;
    this.#listeners?.delete(listener);
  }

  handleEvent(): void {
    this.#abort(ABORTED_BY_CALLER, this.#caller?.reason);
  }

  timeOut(): void {
    this.#abort(TIMED_OUT, new DOMException("The attempt timed out.", "TimeoutError"));
  }

  #abort(by: typeof ABORTED_BY_CALLER | typeof TIMED_OUT, reason: unknown): void {
    if (this.abortedBy !== NOT_ABORTED) return;
    this.abortedBy = by;
    this.reason = reason;
    this.#controller?.abort(reason);
    const event = new Event("abort");
    this.#listener?.handleEvent(event);
    if (this.#listeners) for (const listener of [...this.#listeners]) listener.handleEvent(event);
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#caller) unlisten(this.#caller, this);
  }
}

/** Waits, or rejects with the caller's abort reason as soon as the signal aborts; leaves nothing behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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
