/**
 * The item-writing rules as code (../shared/notes/item-writing.md: Haladyna, Downing &
 * Rodriguez 2002; the ITC guidelines for adapted tests). One named rule per concern. Each
 * item rule reads a question as the learner sees it, checked against the fact base (never
 * against how the generator names things); each quiz rule reads a whole quiz. The generator
 * meets them by construction; `npm run questions:lint` proves it on the real bank, and each
 * rule has a fixture in item-rules.test.ts that it must reject.
 */
import type { FactBase, FactEvent, Lang, LocalizedText } from '@/content/course-types';
import { numbersIn, statesDate, statesOrder } from './cues';
import { dateSpan, figureBound, spansOverlap, tooClose } from './distractors';
import { atomsOf, contentWords, fold, conflict } from './knowledge';
import type { Question } from './question';
import { inScope, type QuizScope } from './scope';

const LANGS: Lang[] = ['fr', 'en'];

export interface ItemRule {
  name: string;
  /** What the rule asks, in one sentence (printed by the report). */
  says: string;
  /** The reasons this question breaks the rule (none when it keeps it). */
  check: (question: Question, facts: FactBase) => string[];
}

export interface QuizRule {
  name: string;
  says: string;
  check: (questions: readonly Question[], facts: FactBase, quiz: { scope: QuizScope }) => string[];
}

export interface Violation {
  id: string;
  rule: string;
  reason: string;
}

// ── reading an item ─────────────────────────────────────────────────────────────────────

const keyOf = (q: Question) => q.options.find((o) => o.id === q.answer[0]);
const distractorsOf = (q: Question) => q.options.filter((o) => !q.answer.includes(o.id));
/** The kind of an option, from its id: a year, a date, a number, an event, an entity, a place, a list item, a scenario option, true/false. */
const kindOf = (optionId: string) => {
  const prefix = optionId.includes(':') ? optionId.slice(0, optionId.indexOf(':')) : optionId;
  return ({ l: 'list', true: 'truth', false: 'truth' } as Record<string, string>)[prefix] ?? prefix;
};
const idAfter = (optionId: string) => optionId.slice(optionId.indexOf(':') + 1);
/** The fact an option names (`e:…` an event, `x:…` an entity), if any. */
const optionFact = (optionId: string) => ({ e: 'event', x: 'entity' } as Record<string, string | undefined>)[kindOf(optionId)]?.concat(':', idAfter(optionId));
const factId = (q: Question, kind: string) => q.facts.find((ref) => ref.startsWith(`${kind}:`))?.slice(kind.length + 1);
const eventOf = (facts: FactBase, id: string | undefined) => facts.events.find((e) => e.id === id);
const entityOf = (facts: FactBase, id: string | undefined) => facts.entities.find((e) => e.id === id);
const figureOf = (facts: FactBase, id: string | undefined) => facts.figures.find((f) => f.id === id);
const span = (event: FactEvent) => dateSpan(event.date, event.end);
/** `d:2001-09-12` or `d:2001-09` → its span of days. */
function dateOptionSpan(optionId: string): [number, number] {
  const [year = 0, month, day] = idAfter(optionId).split('-').map(Number);
  return dateSpan({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) });
}
/** The stem without the quoted label a date question asks about. */
const stemOf = (q: Question, lang: Lang) => q.prompt[lang];
const isTrueFalse = (q: Question) => q.layout === 'true-false';
/**
 * How far from the wrong options' mean length a key may be when it is the longest or the
 * shortest option: "always the longest by a little" is the cue test-wise learners use
 * (Haladyna et al. 2002), so the mean of the set, not the nearest option, is the measure.
 */
const LONGEST = 1.5;
const SHORTEST = 0.67;
const LENGTH_GAP = 12;

// ── the rules ───────────────────────────────────────────────────────────────────────────

export const ITEM_RULES: ItemRule[] = [
  {
    name: 'one-key',
    says: 'Exactly one option is keyed (every option, in order, for ordering items), and option ids are distinct.',
    check: (q) => {
      const ids = q.options.map((o) => o.id);
      const reasons: string[] = [];
      if (new Set(ids).size !== ids.length) reasons.push('two options share an id');
      if (q.layout === 'ordering') {
        if ([...q.answer].sort().join() !== [...ids].sort().join()) reasons.push('the order does not list every option once');
      } else if (q.answer.length !== 1 || !ids.includes(q.answer[0] ?? '')) reasons.push(`keyed ${q.answer.length} options, or a key that is not an option`);
      return reasons;
    },
  },
  {
    name: 'distinct-options',
    says: 'No two options say the same thing (equal, or one containing the other), in either language.',
    check: (q) => {
      if (isTrueFalse(q)) return [];
      const reasons: string[] = [];
      // Numbers are compared as numbers: 5 and 15 are distinct, though one string holds the other.
      const same = (a: Question['options'][number], b: Question['options'][number]) => (['y', 'n', 'd'].includes(kindOf(a.id)) ? a.id === b.id : tooClose(a.text, b.text));
      q.options.forEach((a, i) => q.options.slice(i + 1).forEach((b) => same(a, b) && reasons.push(`“${a.text.en}” and “${b.text.en}” overlap`)));
      return reasons;
    },
  },
  {
    name: 'one-fact-per-option',
    says: 'No two options rest on one piece of knowledge (the same decision told twice): a learner could discard both.',
    check: (q, facts) => {
      const refs = q.options.map((o) => ({ text: o.text.en, ref: optionFact(o.id) })).filter((o): o is { text: string; ref: string } => o.ref !== undefined);
      const known = refs.map((o) => ({ ...o, keys: atomsOf(facts, [o.ref]).filter((atom) => atom.startsWith('knowledge:')) }));
      return known.flatMap((a, i) => known.slice(i + 1).filter((b) => b.keys.some((key) => a.keys.includes(key))).map((b) => `“${a.text}” and “${b.text}” rest on the same knowledge`));
    },
  },
  {
    name: 'same-kind',
    says: 'All options are of one kind: all years, all dates, all events, all bodies, all places, all items of one list.',
    check: (q) => {
      const kinds = new Set(q.options.map((o) => kindOf(o.id)));
      return kinds.size > 1 ? [`options of kinds ${[...kinds].join(', ')}`] : [];
    },
  },
  {
    name: 'homogeneous-length',
    says: 'In each language, the key is not the longest or the shortest option by far: at least 1.5 times, or at most 0.67 times, the wrong options’ mean length, and 12 characters from it.',
    check: (q) => {
      if (q.layout !== 'shuffled' || q.options.length < 3) return [];
      const key = keyOf(q);
      if (!key) return [];
      return LANGS.flatMap((lang) => {
        const others = distractorsOf(q).map((o) => o.text[lang].length);
        const mean = others.reduce((sum, n) => sum + n, 0) / others.length;
        const length = key.text[lang].length;
        const far = Math.abs(length - mean) >= LENGTH_GAP;
        if (far && length > Math.max(...others) && length >= LONGEST * mean) return [`${lang}: the key (${length} characters) is far the longest (the others ${Math.round(mean)} on average)`];
        if (far && length < Math.min(...others) && length <= SHORTEST * mean) return [`${lang}: the key (${length} characters) is far the shortest (the others ${Math.round(mean)} on average)`];
        return [];
      });
    },
  },
  {
    name: 'no-initials-cue',
    says: 'When the stem holds an acronym, the key is not the only option whose initials spell it.',
    check: (q) => {
      if (isTrueFalse(q)) return [];
      return LANGS.flatMap((lang) => {
        const acronyms = q.prompt[lang].match(/\b[A-Z]{2,}\b/g) ?? [];
        const initials = (text: string) => text.split(/[\s'’-]+/).filter((w) => /^\p{Lu}/u.test(w) || w.length > 3).map((w) => w.charAt(0).toUpperCase()).join('');
        return acronyms.flatMap((acronym) => {
          const spelled = q.options.filter((o) => initials(o.text[lang]).includes(acronym));
          return spelled.length === 1 && spelled[0]?.id === q.answer[0] ? [`${lang}: only the key's initials spell ${acronym}`] : [];
        });
      });
    },
  },
  {
    name: 'stem-words-in-key-only',
    says: 'No distinctive word of the stem is repeated by the key alone.',
    check: (q) => {
      if (isTrueFalse(q) || q.layout === 'ordering' || q.options.length < 3) return [];
      const key = keyOf(q);
      if (!key) return [];
      return LANGS.flatMap((lang) => {
        const stem = new Set(contentWords(q.situation?.[lang] ?? stemOf(q, lang)).concat(contentWords(stemOf(q, lang))));
        const inKey = contentWords(key.text[lang]).filter((w) => stem.has(w));
        const alone = inKey.filter((w) => distractorsOf(q).every((o) => !contentWords(o.text[lang]).includes(w)));
        return alone.length > 0 ? [`${lang}: only the key repeats “${alone.join('”, “')}” from the stem`] : [];
      });
    },
  },
  {
    name: 'answer-not-in-stem',
    says: 'The stem does not contain the key (nor the key its own stem’s year or number).',
    check: (q) => {
      if (isTrueFalse(q) || q.layout === 'ordering') return [];
      const key = keyOf(q);
      if (!key) return [];
      return LANGS.flatMap((lang) => {
        const stem = fold(stemOf(q, lang));
        const text = fold(key.text[lang]);
        if (text.length >= 3 && ` ${stem} `.includes(` ${text} `)) return [`${lang}: the stem contains the key “${key.text[lang]}”`];
        const numbers = numbersIn(key.text[lang]);
        if (['y', 'n', 'd'].includes(kindOf(key.id)) && numbers.some((n) => numbersIn(stemOf(q, lang)).includes(n))) return [`${lang}: the stem shows the key's number`];
        return [];
      });
    },
  },
  {
    name: 'no-date-cue',
    says: 'An item on dates shows no other date or time word: no year or anniversary in the stem, none in event options, no “first”, “again” or “ends” between events to order.',
    check: (q, facts) => {
      const dateTypes = ['event-year', 'event-date', 'date-event', 'which-first', 'chronological-order'];
      const isEventTrueFalse = q.type === 'true-false' && q.facts.some((f) => f.startsWith('event:'));
      if (!dateTypes.includes(q.type) && !isEventTrueFalse) return [];
      return LANGS.flatMap((lang) => {
        const reasons: string[] = [];
        if ((q.type === 'event-year' || q.type === 'event-date') && statesDate(q.prompt[lang])) reasons.push(`${lang}: the stem states a date`);
        if (q.type !== 'event-year' && q.type !== 'event-date' && !isTrueFalse(q) && q.options.some((o) => statesDate(o.text[lang]))) reasons.push(`${lang}: an option states a date`);
        if ((q.type === 'which-first' || q.type === 'chronological-order') && q.options.some((o) => statesOrder(o.text[lang]))) reasons.push(`${lang}: an option says where it sits in time`);
        const event = eventOf(facts, factId(q, 'event'));
        if (isEventTrueFalse && event && statesDate(event.label[lang])) reasons.push(`${lang}: the statement's label states a date of its own`);
        return reasons;
      });
    },
  },
  {
    name: 'false-is-false',
    says: 'A false statement is false at every time: only point events have their date moved, never a lasting state or a period; a false number respects the hedge; a false place is another city.',
    check: (q, facts) => {
      if (!isTrueFalse(q) || q.answer[0] !== 'false') return [];
      const event = eventOf(facts, factId(q, 'event'));
      if (event) {
        if (event.lasting) return ['a lasting state is made false by moving its date'];
        if (event.end) return ['a period is made false by moving its dates'];
        if (event.date.month === undefined) return ['a year-only event may be a state: its date is not moved'];
        const shown = (q.prompt.en.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
        const series = facts.events.filter((e) => e !== event && event.series && e.series === event.series).map((e) => e.date.year);
        if (shown.includes(event.date.year)) return ['the false statement keeps the true year'];
        if (shown.some((year) => series.includes(year))) return ['the false year is the year of the same series’ other event'];
        return [];
      }
      const figure = figureOf(facts, factId(q, 'figure'));
      if (figure) {
        const bound = figureBound(figure.statement);
        const shown = numbersIn(q.prompt.en).map(Number).filter((n) => !numbersIn(figure.statement.en).map(Number).includes(n));
        if (bound === 'above') return ['a “more than” figure cannot be shown false by a larger number'];
        if (figure.names) return ['a number that names (a resolution) is not made false by another number: another one may say the same'];
        if (shown.includes(figure.value) || shown.length === 0) return ['the false statement shows the true number'];
        if (bound === 'approx' && shown.some((n) => Math.abs(n - figure.value) < figure.value * 0.3)) return ['a hedged figure is made false by a number near it'];
        return [];
      }
      const entity = entityOf(facts, factId(q, 'entity'));
      if (entity?.location && fold(q.prompt.en).includes(fold(entity.location.city.en))) return ['the false statement names the true city'];
      return [];
    },
  },
  {
    name: 'no-second-answer',
    says: 'No wrong option is also right according to the fact base (a year inside the event, an overlapping date, a body with the same purpose, the same city, a member of the list).',
    check: (q, facts) => {
      const wrong = distractorsOf(q);
      const reasons: string[] = [];
      const event = eventOf(facts, factId(q, 'event'));
      switch (q.type) {
        case 'event-year':
          if (!event) return ['no event'];
          for (const o of wrong) {
            const year = Number(idAfter(o.id));
            if (year >= event.date.year && year <= (event.end?.year ?? event.date.year)) reasons.push(`${year} lies within the event`);
            if (event.lasting && year > event.date.year) reasons.push(`${year} comes after a lasting state began`);
            if (facts.events.some((e) => e !== event && event.series && e.series === event.series && e.date.year === year)) reasons.push(`${year} is the year of the same series`);
          }
          return reasons;
        case 'event-date':
          if (!event) return ['no event'];
          return wrong.filter((o) => spansOverlap(dateOptionSpan(o.id), span(event))).map((o) => `${o.text.en} overlaps the event`);
        case 'date-event':
          if (!event) return ['no event'];
          for (const o of wrong) {
            const other = eventOf(facts, idAfter(o.id));
            if (!other) reasons.push(`${o.id} is not an event`);
            else if (spansOverlap(span(other), span(event))) reasons.push(`“${other.label.en}” also happened then`);
            else if (other.lasting && span(other)[0] <= span(event)[1]) reasons.push(`“${other.label.en}” was still true then`);
          }
          return reasons;
        case 'which-first': {
          const [first, second] = q.options.map((o) => eventOf(facts, idAfter(o.id)));
          const key = eventOf(facts, idAfter(q.answer[0] ?? ''));
          const other = key === first ? second : first;
          if (!key || !other) return ['not two events'];
          return span(key)[1] < span(other)[0] ? [] : ['the two events overlap, or the key is not earlier'];
        }
        case 'chronological-order': {
          const ordered = q.answer.map((id) => eventOf(facts, idAfter(id)));
          return ordered.every((e, i) => e && (i === 0 || span(ordered[i - 1] as FactEvent)[1] < span(e)[0])) ? [] : ['the keyed order is not strict in time'];
        }
        case 'purpose':
        case 'purpose-reverse': {
          const entity = entityOf(facts, factId(q, 'entity'));
          if (!entity?.purpose) return ['no purpose'];
          for (const o of wrong) {
            const other = entityOf(facts, idAfter(o.id));
            if (!other?.purpose) reasons.push(`${o.id} has no purpose of its own`);
            else if (other.id === entity.id || tooClose(other.purpose, entity.purpose)) reasons.push(`${o.id} has the same purpose`);
          }
          return reasons;
        }
        case 'location': {
          const entity = entityOf(facts, factId(q, 'entity'));
          return wrong.filter((o) => entity?.location && tooClose(entityOf(facts, idAfter(o.id))?.location?.city ?? { fr: '', en: '' }, entity.location.city)).map((o) => `${o.text.en} is the same city`);
        }
        case 'figure': {
          const figure = figureOf(facts, factId(q, 'figure'));
          if (!figure) return ['no figure'];
          const bound = figureBound(figure.statement);
          for (const o of wrong) {
            const n = Number(idAfter(o.id));
            if (n === figure.value) reasons.push('a wrong option is the number');
            if (bound === 'above' && n <= figure.value) reasons.push(`“more than ${figure.value}” makes ${n} true too`);
            if (bound === 'approx' && Math.abs(n - figure.value) < figure.value * 0.3) reasons.push(`${n} is near the approximate ${figure.value}`);
          }
          if (bound === 'above') reasons.push('a “more than” figure as a fill-in always has the key first');
          return reasons;
        }
        case 'set-member': {
          const set = facts.sets.find((s) => s.id === factId(q, 'set'));
          if (!set) return ['no list'];
          return wrong.filter((o) => set.members.some((m) => tooClose(m, o.text))).map((o) => `“${o.text.en}” is in the list`);
        }
        case 'scenario':
          return wrong.filter((o) => keyOf(q) && tooClose(o.text, (keyOf(q) as { text: LocalizedText }).text)).map((o) => `“${o.text.en}” says what the key says`);
        default:
          return [];
      }
    },
  },
  {
    name: 'true-explanation',
    says: 'The explanation states the keyed fact (its date, number, city, purpose or list item) and claims no completeness it lacks.',
    check: (q, facts) => {
      const reasons: string[] = [];
      for (const lang of LANGS) {
        const text = q.explanation[lang];
        if (!text.trim()) reasons.push(`${lang}: no explanation`);
        if (/liste complète|complete list|full list|liste exhaustive/i.test(text)) reasons.push(`${lang}: claims a complete list`);
        const event = eventOf(facts, factId(q, 'event'));
        if (event && q.type !== 'scenario' && !text.includes(String(event.date.year))) reasons.push(`${lang}: the explanation does not give the event's year`);
        const figure = figureOf(facts, factId(q, 'figure'));
        if (figure && q.type !== 'scenario' && !numbersIn(text).includes(String(figure.value))) reasons.push(`${lang}: the explanation does not give the number`);
        const entity = entityOf(facts, factId(q, 'entity'));
        if (entity && (q.type === 'purpose' || q.type === 'purpose-reverse') && entity.purpose && !fold(text).includes(fold(entity.purpose[lang]))) reasons.push(`${lang}: the explanation does not state the purpose`);
        if (entity?.location && (q.type === 'location' || q.id.startsWith('true-false:location')) && !fold(text).includes(fold(entity.location.city[lang]))) reasons.push(`${lang}: the explanation does not name the city`);
        const key = keyOf(q);
        if (q.type === 'set-member' && key && !fold(text).includes(fold(key.text[lang]))) reasons.push(`${lang}: the explanation does not name the key`);
        if (q.type === 'scenario' && distractorsOf(q).some((o) => !q.rationales?.[o.id]?.[lang]?.trim())) reasons.push(`${lang}: a wrong option has no reason`);
      }
      return reasons;
    },
  },
  {
    name: 'sentence',
    says: 'Statements are sentences, not “Number of …: n.” records.',
    check: (q) => {
      if (!isTrueFalse(q) && q.type !== 'figure') return [];
      return LANGS.flatMap((lang) => {
        const statement = q.prompt[lang].replace(/^(Vrai ou faux\s?\?|True or false\?|Complétez\s?:|Fill in the blank:)\s*/u, '');
        return /^(nombre|number|numéro|edition number|intervalle|interval)\b[^:]*:\s*\S+\.?$/iu.test(statement) ? [`${lang}: “${statement}” is not a sentence`] : [];
      });
    },
  },
  {
    name: 'same-in-both-languages',
    says: 'The French and English items ask the same thing: the same numbers in the stem and in each option.',
    check: (q) => {
      const same = (text: LocalizedText) => numbersIn(text.fr).sort().join() === numbersIn(text.en).sort().join();
      const reasons: string[] = [];
      if (!same(q.prompt)) reasons.push(`the stems differ in numbers: “${q.prompt.fr}” / “${q.prompt.en}”`);
      for (const o of q.options) if (!same(o.text)) reasons.push(`option ${o.id} differs in numbers: “${o.text.fr}” / “${o.text.en}”`);
      for (const lang of LANGS) if (!q.prompt[lang].trim() || q.options.some((o) => !o.text[lang].trim())) reasons.push(`${lang}: an empty text`);
      return reasons;
    },
  },
  {
    name: 'sources-listed',
    says: 'The item lists every section it relies on, its own first, and each exists in the course.',
    check: (q, facts) => {
      const sources = q.sources ?? [];
      const reasons: string[] = [];
      if (sources.length === 0) reasons.push('no sources');
      const first = sources[0];
      if (first && (first.unitId !== q.source.unitId || first.lessonId !== q.source.lessonId || first.sectionId !== q.source.sectionId)) reasons.push('its source is not the first of its sources');
      for (const ref of sources) if (!facts.lessons.some((l) => l.unitId === ref.unitId && l.lessonId === ref.lessonId)) reasons.push(`${ref.unitId}/${ref.lessonId} is not a lesson`);
      for (const ref of q.facts) {
        const [kind, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
        const section = kind === 'event' ? eventOf(facts, id)?.section : kind === 'entity' ? entityOf(facts, id)?.section : kind === 'figure' ? figureOf(facts, id)?.section : kind === 'set' ? facts.sets.find((s) => s.id === id)?.section : undefined;
        if (section && q.type !== 'scenario' && !sources.some((s) => s.unitId === section.unitId && s.lessonId === section.lessonId && s.sectionId === section.sectionId)) reasons.push(`the section teaching ${ref} is not among its sources`);
      }
      return reasons;
    },
  },
];

/** The rules a draw of distractors can break: the generator draws again until they hold (generate-quiz.ts). */
export const DRAW_RULES: ItemRule[] = ITEM_RULES.filter((rule) => ['distinct-options', 'homogeneous-length', 'no-initials-cue', 'stem-words-in-key-only', 'answer-not-in-stem'].includes(rule.name));

export const QUIZ_RULES: QuizRule[] = [
  {
    name: 'no-repeat',
    says: 'A quiz holds each item once.',
    check: (questions) => (new Set(questions.map((q) => q.id)).size === questions.length ? [] : ['an item appears twice']),
  },
  {
    name: 'independent-items',
    says: 'No two items rest on one piece of knowledge, and none gives another away.',
    check: (questions, facts) => questions.flatMap((a, i) => questions.slice(i + 1).flatMap((b) => {
      const why = conflict(facts, a, b);
      return why ? [`${a.id} / ${b.id}: ${why}`] : [];
    })),
  },
  {
    name: 'sources-in-scope',
    says: 'A lesson check (a unit quiz) holds only items all of whose sections are in that lesson (that unit).',
    check: (questions, _facts, quiz) => questions.flatMap((q) => ((q.sources ?? [q.source]).every((ref) => inScope(ref, quiz.scope)) ? [] : [`${q.id} relies on a section outside the quiz's scope`])),
  },
];

/** Every item rule's violations for one question. */
export function lintItem(question: Question, facts: FactBase, rules: readonly ItemRule[] = ITEM_RULES): Violation[] {
  return rules.flatMap((rule) => rule.check(question, facts).map((reason) => ({ id: question.id, rule: rule.name, reason })));
}

/** Every quiz rule's violations for one quiz. */
export function lintQuiz(questions: readonly Question[], facts: FactBase, scope: QuizScope, rules: readonly QuizRule[] = QUIZ_RULES): Violation[] {
  return rules.flatMap((rule) => rule.check(questions, facts, { scope }).map((reason) => ({ id: questions.map((q) => q.id).join(' + ').slice(0, 80), rule: rule.name, reason })));
}
