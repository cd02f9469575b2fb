/**
 * What an item rests on and what its text gives away, so that a quiz never holds two items on
 * one piece of knowledge, or one whose text answers another.
 *
 * - **Atoms**: the facts an item names (`event:…`, `entity:…`, `figure:…`, `set:…`), plus the
 *   knowledge keys those facts declare in `covers` (the invocation of Article 5 and the figure
 *   "Article 5 is the collective defence clause" both cover `article-5`). Two items sharing an
 *   atom never sit in one quiz.
 * - **Claims**: what answering an item requires knowing, written as a subject and an answer
 *   (an event's label and its year; an entity's name and its city or purpose; a figure's
 *   words and its number; a list item's key, whose words alone give it away). An item whose
 *   text holds both the subject and the answer of
 *   another's claim gives that item away, whatever ids they carry.
 */
import type { FactBase, Lang } from '@/content/course-types';
import { normalizeForComparison } from '@/content/glossary';
import { memo } from './memo';
import type { Question } from './question';

const LANGS: Lang[] = ['fr', 'en'];

/** Numbers as words, from two (one is too common a word to tell anything). */
const NUMBER_WORDS: Record<Lang, Record<number, string>> = {
  fr: { 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf', 10: 'dix', 11: 'onze', 12: 'douze', 15: 'quinze', 20: 'vingt', 30: 'trente', 50: 'cinquante' },
  en: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve', 15: 'fifteen', 20: 'twenty', 30: 'thirty', 50: 'fifty' },
};

/** Lower case, accents and punctuation folded to spaces: how texts are compared here. */
export const fold = memo((text: string): string =>
  normalizeForComparison(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Words of five letters or more that are grammar, not content, in either language. */
const FUNCTION_WORDS = new Set(
  'about above after again against among avant apres autre autres avec before being below between cette celle celui ceux chaque comme contre dans depuis donc elles encore entre there these those their theirs under until where which while whose other others selon sous toute toutes tous upon would could should shall leurs notre votre quels quelle quelles lequel laquelle lesquels lesquelles parmi pendant puis quand since through during according often dont ainsi aussi most more plus moins'.split(' '),
);

/** Words of five letters or more, grammar left out: what identifies a label or a purpose. */
export const contentWords = memo((text: string): string[] => [...new Set(fold(text).split(' ').filter((word) => word.length >= 5 && !FUNCTION_WORDS.has(word)))]);

/** The `covers` keys of every fact, by fact reference. */
function coversIndex(facts: FactBase): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const event of facts.events) if (event.covers) index.set(`event:${event.id}`, event.covers);
  for (const entity of facts.entities) if (entity.covers) index.set(`entity:${entity.id}`, entity.covers);
  for (const figure of facts.figures) if (figure.covers) index.set(`figure:${figure.id}`, figure.covers);
  for (const set of facts.sets) if (set.covers) index.set(`set:${set.id}`, set.covers);
  return index;
}

const coversCache = new WeakMap<FactBase, Map<string, string[]>>();
/** Atoms by fact references, for the fact base last indexed (cleared when another comes). */
const atomCache = new Map<string, string[]>();
let atomFacts: FactBase | undefined;

/** The atoms of an item: its fact references and the knowledge keys they cover. */
export function atomsOf(facts: FactBase, refs: readonly string[]): string[] {
  if (atomFacts !== facts) {
    atomCache.clear();
    atomFacts = facts;
  }
  let index = coversCache.get(facts);
  if (!index) {
    index = coversIndex(facts);
    coversCache.set(facts, index);
  }
  const known = index;
  const key = refs.join('|');
  let atoms = atomCache.get(key);
  if (!atoms) {
    atoms = [...new Set(refs.flatMap((ref) => [ref, ...(known.get(ref) ?? []).map((k) => `knowledge:${k}`)]))];
    if (atomCache.size >= 20_000) atomCache.clear();
    atomCache.set(key, atoms);
  }
  return atoms;
}

/** One thing answering an item requires: a subject (all its words must appear) and an answer. */
export interface Claim {
  /** Content words naming the subject; a text names it when it holds at least 60 % of them (all, for two or fewer); none: the answer alone gives it away. */
  subject: string[];
  /** The answer as folded text (a year, a number, a city, or purpose words). */
  answer: string[];
  /** How much of `answer` a text must hold: every word (`all`) or 60 % of them (`most`). */
  match: 'all' | 'most';
}

const holds = (words: Set<string>, wanted: readonly string[], share: number) =>
  wanted.length > 0 && wanted.filter((word) => words.has(word)).length >= Math.max(1, Math.ceil(wanted.length * share));

const claimCache = new WeakMap<Question, Record<Lang, Claim[] | undefined>>();
const wordCache = new WeakMap<Question, Record<Lang, Set<string> | undefined>>();

function cached<T>(cache: WeakMap<Question, Record<Lang, T | undefined>>, question: Question, lang: Lang, make: () => T): T {
  const entry = cache.get(question) ?? { fr: undefined, en: undefined };
  cache.set(question, entry);
  return (entry[lang] ??= make());
}

/** The claims of a question, in one language: what knowing its answer means. */
export function claimsOf(facts: FactBase, question: Question, lang: Lang): Claim[] {
  return cached(claimCache, question, lang, () => makeClaims(facts, question, lang));
}

function makeClaims(facts: FactBase, question: Question, lang: Lang): Claim[] {
  const claims: Claim[] = [];
  for (const ref of question.facts) {
    const [kind, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
    if (kind === 'event') {
      const event = facts.events.find((e) => e.id === id);
      if (event) claims.push({ subject: contentWords(event.label[lang]), answer: [String(event.date.year)], match: 'all' });
    } else if (kind === 'entity') {
      const entity = facts.entities.find((e) => e.id === id);
      if (!entity) continue;
      const name = contentWords(entity.name[lang]).length > 0 ? contentWords(entity.name[lang]) : fold(entity.name[lang]).split(' ');
      if (entity.location) claims.push({ subject: name, answer: fold(entity.location.city[lang]).split(' '), match: 'all' });
      if (entity.purpose) claims.push({ subject: name, answer: contentWords(entity.purpose[lang]), match: 'most' });
    } else if (kind === 'figure') {
      const figure = facts.figures.find((f) => f.id === id);
      if (!figure) continue;
      const [before = '', after = ''] = figure.statement[lang].split('{n}');
      const near = [...contentWords(before).slice(-2), ...contentWords(after).slice(0, 2)];
      claims.push({ subject: near, answer: [String(figure.value)], match: 'all' });
      // "the three core tasks" gives away "Number of core tasks: 3" as surely as the digit.
      const word = NUMBER_WORDS[lang][figure.value];
      if (word) claims.push({ subject: near, answer: [word], match: 'all' });
    } else if (kind === 'set' && question.type === 'set-member') {
      // A list item is given away by any text holding its key's words ("international courses
      // for the trainers of first responders" as another item's key or reason): no subject is
      // needed, the list's own words vary too much; a key of one content word is too common.
      for (const key of question.options.filter((o) => question.answer.includes(o.id))) {
        const words = contentWords(key.text[lang]);
        if (words.length >= 2) claims.push({ subject: [], answer: words, match: 'all' });
      }
    }
  }
  return claims;
}

/** Options whose text is a bare value (a year, a date, a number, true or false): a wrong one says nothing happened then. */
const VALUE_OPTION = /^(?:[ynd]:|true$|false$)/;

/**
 * What of a question can tell a learner something, folded to a set of words: its stem, its
 * key, its explanation, a scenario's reasons, and every option that names something (a body,
 * an event, a list item): "The 2022 Strategic Concept" offered as a wrong body still tells the
 * Concept's year. Wrong options that are bare values tell nothing: a year offered as a wrong
 * answer says no event happened then.
 */
export function wordsOf(question: Question, lang: Lang): Set<string> {
  return cached(wordCache, question, lang, () => makeWords(question, lang));
}

/** The texts of a question a learner reads that can state a fact (see wordsOf). */
function tellingTexts(question: Question, lang: Lang): string[] {
  const told = question.options.filter((o) => (question.answer.includes(o.id) && question.layout !== 'ordering') || !VALUE_OPTION.test(o.id));
  return [question.prompt[lang], question.explanation[lang], ...told.map((o) => o.text[lang]), ...Object.values(question.rationales ?? {}).map((r) => r[lang])];
}

function makeWords(question: Question, lang: Lang): Set<string> {
  return new Set(fold(tellingTexts(question, lang).join(' ')).split(' '));
}

/**
 * Whether `a`'s text gives away one of `b`'s claims, in either language: it names b's subject
 * and states b's answer. An item's own claims do not count (its subject and answer are its
 * question and key).
 */
export function reveals(facts: FactBase, a: Question, b: Question): boolean {
  return LANGS.some((lang) => {
    const words = wordsOf(a, lang);
    return claimsOf(facts, b, lang).some((claim) => (claim.subject.length === 0 || holds(words, claim.subject, claim.subject.length <= 2 ? 1 : 0.6)) && holds(words, claim.answer, claim.match === 'all' ? 1 : 0.6));
  });
}

const DATE_TYPES = new Set(['event-year', 'event-date', 'date-event', 'which-first', 'chronological-order']);

/** The years a question asks a learner to know: those of the events of a date question. */
function yearsAsked(facts: FactBase, question: Question): number[] {
  const onEvents = DATE_TYPES.has(question.type) || (question.type === 'true-false' && question.facts.some((ref) => ref.startsWith('event:')));
  if (!onEvents) return [];
  return question.facts.flatMap((ref) => {
    const event = ref.startsWith('event:') ? facts.events.find((e) => `event:${e.id}` === ref) : undefined;
    return event ? [event.date.year, ...(event.end ? [event.end.year] : [])] : [];
  });
}

/** Years a stem states ("the November 2025 round table"). */
const yearsIn = (text: string) => [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0]));

/**
 * Whether `a`'s stem, or one of its options that names something, states a year that `b`
 * asks for (a round table "of November 2025" beside "in which year was the round table?"; a
 * wrong option "The 2022 Strategic Concept" beside "in which year was the Concept adopted?").
 */
const statesYearOf = (facts: FactBase, a: Question, b: Question) => {
  const asked = yearsAsked(facts, b);
  const texts = (lang: Lang) => [a.prompt[lang], ...a.options.filter((o) => !VALUE_OPTION.test(o.id)).map((o) => o.text[lang])];
  return asked.length > 0 && LANGS.some((lang) => texts(lang).some((text) => yearsIn(text).some((year) => asked.includes(year))));
};

/** Why two items may not share a quiz, or null: a shared atom, or one giving the other away. */
/** Item types whose key is the name of a body, programme, event or option, which a description or a situation asks for. */
const NAME_KEYED = new Set(['purpose-reverse', 'scenario']);

/**
 * Whether `a`'s text names `b`'s key, when `b` asks for a name from a description or a
 * situation: "an action plan that provides for a terrorism intelligence cell at NATO
 * Headquarters", offered as another item's wrong option, tells which body improves
 * intelligence sharing from Headquarters. The key's content words must all be there, in both
 * languages (one language's two common words, "terrorism intelligence", are not a name);
 * keys of fewer than two content words ("capabilities") are too common to count.
 */
export function namesKeyOf(a: Question, b: Question): boolean {
  if (!NAME_KEYED.has(b.type) || b.layout === 'ordering') return false;
  const keys = b.options.filter((o) => b.answer.includes(o.id));
  return keys.some((key) =>
    LANGS.every((lang) => {
      const words = contentWords(key.text[lang]);
      return words.length >= 2 && holds(wordsOf(a, lang), words, 1);
    }),
  );
}

export function conflict(facts: FactBase, a: Question, b: Question): string | null {
  const atoms = new Set(atomsOf(facts, a.facts));
  const shared = atomsOf(facts, b.facts).find((atom) => atoms.has(atom));
  if (shared) return `both rest on ${shared}`;
  if (reveals(facts, a, b) || statesYearOf(facts, a, b) || namesKeyOf(a, b)) return `${a.id} gives away ${b.id}`;
  if (reveals(facts, b, a) || statesYearOf(facts, b, a) || namesKeyOf(b, a)) return `${b.id} gives away ${a.id}`;
  return null;
}
