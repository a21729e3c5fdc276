/** Base64 of bytes and of text, in every runtime (`btoa` takes only Latin-1 text). */

/** Base64 of bytes. */
export function base64Bytes(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 of the text's UTF-8 bytes. */
export function base64Utf8(text: string): string {
  return base64Bytes(new TextEncoder().encode(text));
}
