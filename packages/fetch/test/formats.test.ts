import { describe, expect, it } from "vitest";
import { isDateTime, isInt32, isUri, ucs2length } from "../src/index.js";

describe("ucs2length", () => {
  it("counts code points, so a surrogate pair is one character", () => {
    expect(ucs2length("")).toBe(0);
    expect(ucs2length("abc")).toBe(3);
    expect(ucs2length("😀")).toBe(1);
    expect(ucs2length("a😀b")).toBe(3);
  });
  it("counts a lone surrogate as one character", () => {
    expect(ucs2length("\ud83d")).toBe(1);
    expect(ucs2length("\ud83dx")).toBe(2);
  });
});

describe("uri", () => {
  it.each([
    "https://my-webhook-endpoint.com/rule-action",
    "http://127.0.0.1:8080/a?b=c#d",
    "urn:isbn:0451450523",
    "https://example.com/%20",
  ])("accepts %s", (value) => expect(isUri(value)).toBe(true));
  it.each([
    "",
    "/relative/path",
    "example.com/path",
    "https://exa mple.com",
    "https://example.com/\n",
    "1http://x",
    "https://example.com/<script>",
    "http://[::1",
  ])("rejects %j", (value) => expect(isUri(value)).toBe(false));
});

describe("date-time", () => {
  it.each([
    "2026-01-12T08:18:17Z",
    "2026-01-12T08:18:17.123Z",
    "2026-01-12t08:18:17+05:30",
    "2024-02-29T00:00:00Z",
    "2016-12-31T23:59:60Z",
  ])("accepts %s", (value) => expect(isDateTime(value)).toBe(true));
  it.each([
    "2026-01-12",
    "2026-01-12T08:18:17",
    "2026-02-29T00:00:00Z",
    "2100-02-29T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-04-31T00:00:00Z",
    "2026-01-00T00:00:00Z",
    "2026-01-12T24:00:00Z",
    "2026-01-12T08:60:00Z",
    "2026-01-12T08:18:61Z",
    "2026-01-12T08:18:17+24:00",
    "not a date",
  ])("rejects %s", (value) => expect(isDateTime(value)).toBe(false));
});

describe("int32", () => {
  it("accepts whole numbers in the signed 32-bit range only", () => {
    expect(isInt32(0)).toBe(true);
    expect(isInt32(20001)).toBe(true);
    expect(isInt32(2147483647)).toBe(true);
    expect(isInt32(-2147483648)).toBe(true);
    expect(isInt32(2147483648)).toBe(false);
    expect(isInt32(-2147483649)).toBe(false);
    expect(isInt32(1.5)).toBe(false);
    expect(isInt32(Number.NaN)).toBe(false);
  });
});
