/** The base of every error this package throws, recognised across copies of the package. */
// Shared by every copy of this package (ESM and CJS builds, duplicated installs), so `instanceof`
// and the `is*` helpers recognise an error thrown by another copy.
const BRAND = Symbol.for("convintel.client.error");

type Constructor<T> = abstract new (...args: never[]) => T;

// The error classes mark their fields `declare` and assign every one in the constructor, in the
// order declared: a plain field would also be emitted as a class field (defined as undefined, then
// assigned), which adds bytes to every bundle and changes nothing.

function brandsOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const brands = (value as { [BRAND]?: unknown })[BRAND];
  return Array.isArray(brands) ? brands : undefined;
}

/** Base class of every error this package throws (the caller's own abort reason excepted). */
export class IntelligenceError extends Error {
  /** The name that identifies this class across copies of the package. */
  static readonly brand: string = "IntelligenceError";
  declare readonly [BRAND]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const brands: string[] = [];
    for (let type: unknown = new.target; typeof type === "function" && type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, "brand")) brands.push((type as { brand?: string }).brand!);
    }
    Object.defineProperty(this, BRAND, { value: Object.freeze(brands) });
    Object.defineProperty(this, "name", { value: brands[0] ?? "IntelligenceError", configurable: true, writable: true });
  }

  /** `error instanceof ApiError` holds for errors of any copy of this package (ESM, CJS, duplicates). */
  static override [Symbol.hasInstance]<T>(this: Constructor<T>, value: unknown): value is T {
    // `this` is the class `instanceof` asks about, a subclass included, not IntelligenceError itself.
    // biome-ignore lint/complexity/noThisInStatic: see above.
    if (!Object.hasOwn(this, "brand")) return Function.prototype[Symbol.hasInstance].call(this, value);
    // biome-ignore lint/complexity/noThisInStatic: see above.
    return brandsOf(value)?.includes((this as { brand?: string }).brand!) ?? false;
  }

  /** A plain summary: `JSON.stringify(error)` shows the name, message and fields. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}
