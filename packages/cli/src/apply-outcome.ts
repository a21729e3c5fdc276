/** What became of one change of an apply, and the refusal that stops a change before it is sent. */
import type { FieldChange } from "./compare.js";

/** Why a change was not made: the object is no longer as the plan read it. Nothing was sent. */
export class Refused extends Error {
  constructor(
    message: string,
    readonly theirs: FieldChange[] = [],
  ) {
    super(message);
  }
}

export const describeChanges = (fields: FieldChange[]) => fields.map((field) => field.path).join(", ");

/** The refusal of a write onto an object that is no longer what the plan read. */
export const changedSincePlan = (
  planned: { version?: number | undefined },
  current: { version?: number | undefined },
  theirs: FieldChange[],
) => new Refused(`changed live after the plan read it (version ${planned.version} → ${current.version})`, theirs);

export interface Outcome<Change, Result> {
  change: Change;
  /** `taken`: someone else made the same change first (a create), and the file now names theirs. */
  state: "applied" | "taken" | "refused" | "failed";
  detail?: string;
  result?: Result;
  /** Where what the change replaced or deleted is kept. */
  backup?: string;
}

/** A change that threw: refused (nothing sent) or failed (the client's error says whether it may have been written). */
export function notMade<Change>(change: Change, error: unknown): Outcome<Change, never> {
  if (error instanceof Refused) {
    const what = describeChanges(error.theirs);
    return { change, state: "refused", detail: `${error.message}${what ? `; changed: ${what}` : ""}` };
  }
  return { change, state: "failed", detail: (error as Error).message };
}
