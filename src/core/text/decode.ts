// Decodes file bytes as UTF-8 text, or says why they are not: binary, UTF-16 or invalid UTF-8 files are not linted.

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes `bytes` as UTF-8 (a leading BOM is removed and remembered, so a rewrite can keep it). */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'it is UTF-16 text, not UTF-8; save it as UTF-8' };
  }
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  // A NUL byte never appears in Markdown: the file is binary (or UTF-16 without a byte order mark).
  if (body.subarray(0, 8192).includes(0)) return { ok: false, reason: 'it is a binary file, not UTF-8 text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom };
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8 text; save it as UTF-8' };
  }
}
