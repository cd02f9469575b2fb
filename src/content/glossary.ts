/**
 * Finds glossary terms in lesson text. Every acronym-like word must be a term of the
 * lesson's language; the first use of a term in a lesson must come with its expansion.
 */
import type { GlossaryTerm } from './course-types.ts';

export type TextPart = { kind: 'text'; value: string } | { kind: 'term'; termId: string; value: string };

export interface TermScan {
  parts: TextPart[];
  /** Acronym-like words that are not in the glossary. */
  unknown: string[];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-cases and folds typographic variants so that expansions compare reliably. */
export function normalizeForComparison(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/«\s*|\s*»|[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

function looksLikeAcronym(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 && !/\p{Ll}/u.test(word);
}

/** Builds a scanner for the glossary of one language. */
export function createTermScanner(terms: GlossaryTerm[]) {
  const byAbbr = new Map(terms.map((term) => [term.abbr, term]));
  const alternatives = [...byAbbr.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const termPattern =
    alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;

  return function scan(value: string): TermScan {
    const parts: TextPart[] = [];
    const unknown: string[] = [];
    const pushText = (text: string) => {
      if (text === '') return;
      for (const word of text.match(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*/gu) ?? []) {
        for (const piece of word.split(/[-/]/)) if (looksLikeAcronym(piece)) unknown.push(piece);
      }
      const last = parts.at(-1);
      if (last?.kind === 'text') last.value += text;
      else parts.push({ kind: 'text', value: text });
    };
    let cursor = 0;
    if (termPattern) {
      for (const match of value.matchAll(termPattern)) {
        const term = byAbbr.get(match[0]);
        if (!term) continue;
        pushText(value.slice(cursor, match.index));
        parts.push({ kind: 'term', termId: term.id, value: match[0] });
        cursor = match.index + match[0].length;
      }
    }
    pushText(value.slice(cursor));
    return { parts, unknown };
  };
}
