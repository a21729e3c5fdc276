/**
 * Which live object each file stands for in the account at hand, for configurations and operators
 * alike. A file names no account's id (but an older configuration file may carry one: then it is
 * that one), so each account finds it: first by the record `state.json` keeps of it there (a record
 * names its file), then by its `displayName` among the objects no file claimed, which must then be
 * unique. A file that finds none is new in that account.
 */

export interface Identity<File, Live> {
  /** The live object each file stands for; a file missing here is new in this account. */
  matched: Map<File, Live>;
  /** Live objects no file stands for. */
  unclaimed: Live[];
  /** Files that cannot be matched: their displayName is that of several live objects, and no record says which. */
  ambiguous: { file: File; candidates: Live[] }[];
}

export interface IdentityOf<File, Live> {
  /** The live object's id. */
  id(live: Live): string;
  /** The name a file is recorded under (`sales-qa` for `configurations/sales-qa.yaml`). */
  name(file: File): string;
  /** The name of the file the record of a live object names, if this account has a record of it. */
  recordedName(id: string): string | undefined;
  /** The id a file carries itself, if any: it stands for that object only. */
  pinnedId?(file: File): string | undefined;
  fileDisplayName(file: File): unknown;
  liveDisplayName(live: Live): unknown;
}

export function identify<File, Live>(files: readonly File[], live: readonly Live[], of: IdentityOf<File, Live>): Identity<File, Live> {
  const identity: Identity<File, Live> = { matched: new Map(), unclaimed: [], ambiguous: [] };
  const byId = new Map(live.map((object) => [of.id(object), object]));
  const claimed = new Set<string>();
  const take = (file: File, object: Live) => {
    identity.matched.set(file, object);
    claimed.add(of.id(object));
  };
  // A carried id claims its object even when it is not live here (that file is a create, not another's).
  const pinned = new Map(files.flatMap((file) => (of.pinnedId?.(file) === undefined ? [] : [[file, of.pinnedId!(file)!] as const])));
  for (const id of pinned.values()) claimed.add(id);
  for (const [file, id] of pinned) {
    const object = byId.get(id);
    if (object) take(file, object);
  }
  const byRecord = new Map<string, Live>();
  for (const object of live) {
    const name = of.recordedName(of.id(object));
    if (name !== undefined && !byRecord.has(name) && !claimed.has(of.id(object))) byRecord.set(name, object);
  }
  const rest = files.filter((file) => !pinned.has(file));
  for (const file of rest) {
    const object = byRecord.get(of.name(file));
    if (object) take(file, object);
  }
  for (const file of rest) {
    if (identity.matched.has(file)) continue;
    const named = live.filter((object) => of.liveDisplayName(object) === of.fileDisplayName(file) && !claimed.has(of.id(object)));
    if (named.length > 1) identity.ambiguous.push({ file, candidates: named });
    else if (named[0]) take(file, named[0]);
  }
  identity.unclaimed = live.filter((object) => !claimed.has(of.id(object)));
  return identity;
}
