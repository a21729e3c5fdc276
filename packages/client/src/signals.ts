import { MAX_TIMER_MS, listen, unlisten, type Cancellation } from "@convintel/fetch";

export const NOT_ABORTED = 0;
export const ABORTED_BY_CALLER = 1;
export const TIMED_OUT = 2;

/** What the shared timer tracks of an attempt: when it times out, and whether it is still running. */
interface Timed {
  readonly at: number;
  done: boolean;
  timeOut(): void;
}

/**
 * One timer for the timeouts of every attempt in flight, instead of a setTimeout and clearTimeout per
 * attempt (in Deno those two cost about a tenth of an update's own work). Attempts are kept in a queue
 * per timeout length, so each queue is in deadline order; the timer is set for the earliest deadline,
 * and an attempt with an earlier one sets it again. Finished attempts leave their queue once they
 * reach its front. While an attempt is running the timer keeps the process alive, as a timer of its
 * own would; once none is, it stays set but unref'd (where the runtime allows), so that the next
 * attempt needs no new timer and a finished call never keeps a process alive.
 */
class SharedTimer {
  readonly #queues = new Map<number, { items: Timed[]; head: number }>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;
  /** Attempts added and not yet finished or timed out. */
  #running = 0;

  add(timed: Timed, length: number): void {
    let queue = this.#queues.get(length);
    if (!queue) this.#queues.set(length, (queue = { items: [], head: 0 }));
    queue.items.push(timed);
    if (++this.#running === 1 && this.#timer !== undefined) setRef(this.#timer, true);
    if (timed.at < this.#timerAt) this.#arm(timed.at);
  }

  remove(timed: Timed, length: number): void {
    timed.done = true;
    this.#finished();
    const queue = this.#queues.get(length);
    if (queue) this.#trim(length, queue);
  }

  #finished(): void {
    if (--this.#running === 0 && this.#timer !== undefined) setRef(this.#timer, false);
  }

  #trim(length: number, queue: { items: Timed[]; head: number }): void {
    const { items } = queue;
    while (queue.head < items.length && items[queue.head]!.done) queue.head++;
    if (queue.head === items.length) this.#queues.delete(length);
    else if (queue.head > 64 && queue.head * 2 > items.length) {
      items.splice(0, queue.head);
      queue.head = 0;
    }
  }

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, at - performance.now()));
    if (this.#running === 0) setRef(this.#timer, false);
  }

  #fire(): void {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const time = performance.now();
    let next = Infinity;
    for (const [length, queue] of this.#queues) {
      const { items } = queue;
      while (queue.head < items.length) {
        const timed = items[queue.head]!;
        if (!timed.done && timed.at > time) break;
        queue.head++;
        if (!timed.done) {
          timed.done = true;
          this.#finished();
          timed.timeOut();
        }
      }
      this.#trim(length, queue);
      const first = queue.head < items.length ? items[queue.head]!.at : Infinity;
      if (first < next) next = first;
    }
    if (next !== Infinity && next < this.#timerAt) this.#arm(next);
  }
}

/**
 * Whether a timer keeps the process alive: Node.js and Bun (`ref()` / `unref()`), Deno
 * (`Deno.refTimer` / `Deno.unrefTimer`); elsewhere (browsers, workers) timers keep nothing alive.
 */
function setRef(timer: ReturnType<typeof setTimeout>, ref: boolean): void {
  if (typeof timer === "object" && timer !== null) {
    const handle = timer as { ref?: () => void; unref?: () => void };
    (ref ? handle.ref : handle.unref)?.call(handle);
    return;
  }
  const deno = (globalThis as { Deno?: { refTimer?: (id: number) => void; unrefTimer?: (id: number) => void } }).Deno;
  if (typeof timer === "number" && deno) (ref ? deno.refTimer : deno.unrefTimer)?.(timer);
}

const timers = /* @__PURE__ */ new SharedTimer();

/**
 * The cancellation of one attempt: aborted by the caller's signal or by the attempt's timer,
 * whichever comes first, and remembering which. It is a `Cancellation` of @convintel/fetch: the
 * Node.js transport listens to it directly, and only a transport or middleware that needs a standard
 * `AbortSignal` makes one (`standardSignal()`), as an AbortController costs more than the rest of an
 * attempt's bookkeeping.
 * `AbortSignal.any` and `AbortSignal.timeout` are avoided: the first is missing on early Node 20
 * releases, and neither can be cleaned up, so a settled call could keep a timer or a listener
 * alive. Its timeout is kept by the shared timer; `dispose()` leaves it and the caller's signal.
 */
export class AttemptSignal implements Cancellation, Timed {
  readonly #caller: AbortSignal | undefined;
  /** When the attempt times out (performance.now() time); Infinity for no timeout. */
  readonly at: number;
  done = false;
  readonly #length: number;
  // One listener is the rule (the transport); more are kept in a set.
  #listener: EventListenerObject | undefined;
  #listeners: Set<EventListenerObject> | undefined;
  abortedBy: typeof NOT_ABORTED | typeof ABORTED_BY_CALLER | typeof TIMED_OUT = NOT_ABORTED;
  reason: unknown = undefined;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    // The object itself is the listener (handleEvent), so no closure is made per attempt.
    if (caller) listen(caller, this);
    this.#length = Math.max(0, timeoutMs);
    this.at = timeoutMs <= MAX_TIMER_MS ? performance.now() + this.#length : Infinity;
    if (this.at !== Infinity) timers.add(this, this.#length);
  }

  get aborted(): boolean {
    return this.abortedBy !== NOT_ABORTED;
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
    const event = new Event("abort");
    this.#listener?.handleEvent(event);
    if (this.#listeners) for (const listener of [...this.#listeners]) listener.handleEvent(event);
  }

  dispose(): void {
    if (this.at !== Infinity && !this.done) timers.remove(this, this.#length);
    this.done = true;
    if (this.#caller) unlisten(this.#caller, this);
  }
}
