/** The contender every other is compared with: plain `fetch`, the limit. */
export const fetchReference = "raw fetch";

/** The reference for clients that, like ours, give `fetch` a signal for a per-attempt timeout. */
export const signalReference = "raw fetch + timeout signal";
