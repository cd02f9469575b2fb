/**
 * The record's integrity check: SHA-256 over its RFC 8785 (JCS) canonical JSON, without the
 * `integrity` member. It detects a corrupted or hand-edited file; anyone can recompute it, so
 * it proves nothing about who made the file. Synchronous and pure JavaScript: it works where
 * Web Crypto does not (plain-http intranets) and in Node the same way.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/** Canonical JSON text (sorted keys, no spaces, JCS number form). Throws on lone surrogates. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('Not JSON data');
  return text;
}

export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** The digest of a record: everything but its `integrity` member. */
export function recordDigest(record: object): string {
  const { integrity: _ignored, ...content } = record as Record<string, unknown>;
  return sha256Hex(canonicalJson(content));
}

/** A short, readable form for certificates: `3f2a 9c01 … 7b44` (first and last 8 hex digits). */
export function shortDigest(digest: string): string {
  const group = (text: string) => text.match(/.{1,4}/g)?.join('\u2009') ?? text;
  return `${group(digest.slice(0, 8))} … ${group(digest.slice(-8))}`;
}
