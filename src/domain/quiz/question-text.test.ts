/**
 * The oracle: every question is read as a learner reads it (prompt and option texts, in
 * French and in English) and checked against the fact base. Nothing here looks at how the
 * generator names its options: the key is the option the question marks right, and its
 * TEXT must state the fact; wrong options and false statements must contradict it.
 */
import { SCENARIO_PREFIX } from './scenario-candidates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactBase, FactEntity, FactEvent, Lang, LocalizedText } from '@/content/course-types';
import { compileRealCourse } from '../../../scripts/course-files';
import { generateBilingualQuiz, generateQuestionBank } from './generate-quiz';
import { statesDate, statesOrder } from './cues';
import { contentWords } from './knowledge';
import { QUESTION_TYPES, type Question, type QuestionType } from './question';

const facts: FactBase = compileRealCourse().facts;
/** The ids a question's facts name, without their kind (`event:x` → `x`). */
const bare = (question: Pick<Question, 'facts'>) => question.facts.map((ref) => ref.slice(ref.indexOf(':') + 1));
const LANGS = ['fr', 'en'] as const;
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
/** Fewer runs under npm run test:mutation, which runs these tests hundreds of times. */
const runs = (numRuns: number) => ({ numRuns: process.env.SENTINELLE_MUTATION ? Math.ceil(numRuns / 5) : numRuns });

// ---------------------------------------------------------------------------------------
// Reading texts, independently of the generator's own formatting code.

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/** Spaces of every kind folded, case folded, a final period dropped. */
const plainCache = new Map<string, string>();
function plain(text: string): string {
  let value = plainCache.get(text);
  if (value === undefined) {
    value = text
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim()
      .replace(/\.$/, '')
      .toLocaleLowerCase();
    plainCache.set(text, value);
  }
  return value;
}
/** Without any whitespace: French typography moves spaces around punctuation. */
const squeezed = (text: string) => plain(text).replace(/ /g, '');

/** A period of days as YYYYMMDD keys, first and last day. */
type Span = [number, number];
const key = (year: number, month: number, day: number) => year * 10000 + month * 100 + day;
const overlaps = (a: Span, b: Span) => a[0] <= b[1] && b[0] <= a[1];

/** The period the fact base gives an event, at its own precision. */
function factSpan(event: FactEvent): Span {
  const last = event.end ?? event.date;
  return [key(event.date.year, event.date.month ?? 1, event.date.day ?? 1), key(last.year, last.month ?? 12, last.day ?? 31)];
}

/** How precise a shown or stored date is. */
type Precision = 'year' | 'month' | 'day';
const factPrecision = (event: FactEvent): Precision => (event.date.day !== undefined ? 'day' : event.date.month !== undefined ? 'month' : 'year');

interface ShownDate {
  span: Span;
  precision: Precision;
  mid: boolean;
}

const DATE_PATTERNS: Record<Lang, RegExp> = Object.fromEntries(
  (['fr', 'en'] as const).map((lang) => {
    const month = `(${MONTHS[lang].join('|')})`;
    return [lang, new RegExp(`(mi-|mid-)?(?:(?:du )?(1er|\\d{1,2})(?:(?:-|–| et | au )(\\d{1,2}))? )?(?:${month}(?:-${month})? )?(\\d{4})(?:-(\\d{4}))?`, 'giu')];
  }),
) as Record<Lang, RegExp>;

/**
 * Every date written in `text`: "12 septembre 2001", "1er janvier 2015", "13 et 14 septembre 2001",
 * "du 9 au 11 juillet 2024", "13–14 September 2001",
 * "mid-October 2001", "novembre-décembre 2021", "2011-2014", "de 2011 à 2014", "May 2002", "1999".
 */
function datesIn(text: string, lang: Lang): ShownDate[] {
  const range = lang === 'fr' ? /\bde (\d{4}) à (\d{4})\b/giu : /\bfrom (\d{4}) to (\d{4})\b/giu;
  const body = plain(text);
  const out: ShownDate[] = [];
  const rest = body.replace(range, (_, a: string, b: string) => {
    out.push({ span: [key(Number(a), 1, 1), key(Number(b), 12, 31)], precision: 'year', mid: false });
    return ' ';
  });
  const pattern = DATE_PATTERNS[lang];
  rest.replace(pattern, (_all, mid: string | undefined, day: string | undefined, dayEnd: string | undefined, m1: string | undefined, m2: string | undefined, year: string, yearEnd: string | undefined) => {
    const y = Number(year);
    const monthOf = (name: string) => MONTHS[lang].indexOf(name.toLocaleLowerCase()) + 1;
    const d = day === undefined ? undefined : day === '1er' ? 1 : Number(day);
    if (yearEnd) out.push({ span: [key(y, 1, 1), key(Number(yearEnd), 12, 31)], precision: 'year', mid: Boolean(mid) });
    else if (!m1) out.push({ span: [key(y, 1, 1), key(y, 12, 31)], precision: 'year', mid: Boolean(mid) });
    else if (d === undefined) out.push({ span: [key(y, monthOf(m1), 1), key(y, monthOf(m2 ?? m1), 31)], precision: 'month', mid: Boolean(mid) });
    else out.push({ span: [key(y, monthOf(m1), d), key(y, monthOf(m1), dayEnd ? Number(dayEnd) : d)], precision: 'day', mid: Boolean(mid) });
    return ' ';
  });
  return out;
}

/** The one date a text states (a prompt, a statement, an option). */
function theDateIn(text: string, lang: Lang, context: string): ShownDate {
  const dates = datesIn(text, lang);
  expect(dates, `${context}: one date in “${text}”`).toHaveLength(1);
  return dates[0] as ShownDate;
}

const labelText = (label: string) => plain(label).replace(/^[«“"]\s*|\s*[»”"]$/g, '');
const contains = (text: string, part: string) => squeezed(text).includes(squeezed(part));
/** A name in a prompt, with the French article contracted or the English article dropped: "du programme", "the programme". */
const nameCore = (name: string) => plain(name).replace(/^(le |la |les |l[’']|the )/, '');

/** A text with the labels of `events` taken out (labels can mention years of their own). */
function withoutLabels(text: string, events: FactEvent[], lang: Lang): string {
  return events.reduce((rest, event) => rest.split(labelText(event.label[lang])).join(' '), plain(text));
}

const eventsByLabel: Record<Lang, Map<string, FactEvent>> = {
  fr: new Map(facts.events.map((e) => [labelText(e.label.fr), e])),
  en: new Map(facts.events.map((e) => [labelText(e.label.en), e])),
};
function eventLabelled(text: string, lang: Lang, context: string): FactEvent {
  const event = eventsByLabel[lang].get(labelText(text));
  expect(event, `${context}: “${text}” is the label of an event of the fact base`).toBeDefined();
  return event as FactEvent;
}

const TRUE_FALSE: Record<Lang, [string, string]> = { fr: ['vrai', 'faux'], en: ['true', 'false'] };

/** How a figure's statement hedges its number, read from the words before it. */
function hedge(statement: string): 'floor' | 'about' | 'exact' {
  const before = plain(statement.slice(0, statement.indexOf('{n}')));
  if (/(plus de|plus d['’]une?|au moins|more than|over|at least)$/.test(before)) return 'floor';
  if (/(presque|près de|près d['’]une?|environ|quelque|nearly|almost|about|around|some)$/.test(before)) return 'about';
  return 'exact';
}

/** Whether `shown` could also be true of a figure whose source says `statement` about `value`. */
function alsoTrue(value: number, shown: number, statement: string): boolean {
  const kind = hedge(statement);
  if (kind === 'floor') return shown <= value;
  if (kind === 'about') return Math.abs(shown - value) < value * 0.3;
  return shown === value;
}

const statementPattern = (statement: string) =>
  new RegExp(`^${squeezed(statement.replace('{n}', '\u0000')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\u0000', '(\\d+)')}$`, 'u');

// ---------------------------------------------------------------------------------------
// The checks, one per question type.

interface View {
  lang: Lang;
  prompt: string;
  options: string[];
  /** The texts of the options the question marks right, in the order given. */
  key: string[];
  wrong: string[];
  explanation: string;
  ctx: string;
}

function view(question: Question, lang: Lang): View {
  const text = (id: string) => question.options.find((o) => o.id === id)?.text[lang] ?? `(no option ${id})`;
  return {
    lang,
    prompt: question.prompt[lang],
    options: question.options.map((o) => o.text[lang]),
    key: question.answer.map(text),
    wrong: question.options.filter((o) => !question.answer.includes(o.id)).map((o) => o.text[lang]),
    explanation: question.explanation[lang],
    ctx: `${question.id} [${lang}]`,
  };
}

const one = <T,>(items: T[], ctx: string): T => {
  expect(items, ctx).toHaveLength(1);
  return items[0] as T;
};

function eventOf(question: Question, v: View): FactEvent {
  const candidates = facts.events.filter((e) => bare(question).includes(e.id));
  return one(candidates, `${v.ctx}: the event asked about`);
}

/** The explanation names the event and gives its true date. */
function explainsEvent(v: View, event: FactEvent) {
  expect(contains(v.explanation, labelText(event.label[v.lang])), `${v.ctx}: the explanation names the event`).toBe(true);
  expect(
    datesIn(withoutLabels(v.explanation, [event], v.lang), v.lang).map((d) => d.span),
    `${v.ctx}: the explanation gives the date of the event`,
  ).toEqual([factSpan(event)]);
}

function checkEventYear(question: Question, v: View) {
  const event = eventOf(question, v);
  expect(contains(v.prompt, labelText(event.label[v.lang])), `${v.ctx}: the prompt quotes the event`).toBe(true);
  expect(v.options.every((o) => /^\d{4}$/.test(o)), `${v.ctx}: options are years`).toBe(true);
  expect(one(v.key, v.ctx), `${v.ctx}: the key is the year of the event`).toBe(String(event.date.year));
  for (const year of v.wrong.map(Number)) expect(overlaps([key(year, 1, 1), key(year, 12, 31)], factSpan(event)), `${v.ctx}: ${year} is wrong`).toBe(false);
  explainsEvent(v, event);
}

function checkEventDate(question: Question, v: View) {
  const event = eventOf(question, v);
  expect(contains(v.prompt, labelText(event.label[v.lang])), `${v.ctx}: the prompt quotes the event`).toBe(true);
  const shown = theDateIn(one(v.key, v.ctx), v.lang, v.ctx);
  expect(shown.span, `${v.ctx}: the key is the date of the event`).toEqual(factSpan(event));
  expect(shown.precision).toBe(factPrecision(event));
  for (const option of v.wrong) {
    const date = theDateIn(option, v.lang, v.ctx);
    expect(date.precision, `${v.ctx}: ${option} is as precise as the key`).toBe(shown.precision);
    expect(overlaps(date.span, factSpan(event)), `${v.ctx}: ${option} lies outside the event`).toBe(false);
  }
  explainsEvent(v, event);
}

function checkDateEvent(question: Question, v: View) {
  const event = eventOf(question, v);
  const asked = theDateIn(v.prompt, v.lang, v.ctx);
  expect(asked.span, `${v.ctx}: the prompt gives the date of the event`).toEqual(factSpan(event));
  expect(asked.mid).toBe(event.qualifier === 'mid');
  // The date reads as it should after the verb: "on 12 September", "in May 2002", "les 13 et 14 septembre", "du 9 au 11 juillet".
  const when = plain(v.prompt);
  const grammar =
    v.lang === 'en'
      ? asked.precision === 'day'
        ? /happened on \d/
        : event.end && event.end.year !== event.date.year && event.date.month === undefined
          ? /happened from \d{4} to \d{4}/
          : /happened in (mid-)?[a-z0-9]/
      : asked.precision === 'day'
        ? event.end
          ? /passé (les \d|du (\d|1er))/
          : /passé le (\d|1er)/
        : event.qualifier === 'mid'
          ? /passé à la mi-/
          : event.end && event.end.year !== event.date.year && event.date.month === undefined
            ? /passé de \d{4} à \d{4}/
            : /passé en [a-zéû0-9]/;
  expect(when, `${v.ctx}: “${v.prompt}”`).toMatch(grammar);
  expect(labelText(one(v.key, v.ctx)), `${v.ctx}: the key is the event`).toBe(labelText(event.label[v.lang]));
  for (const option of v.wrong) {
    const other = eventLabelled(option, v.lang, v.ctx);
    expect(overlaps(factSpan(other), factSpan(event)), `${v.ctx}: “${option}” did not happen then`).toBe(false);
    // Plausible: an event of about the same time, not one from the other end of the chronology.
    expect(Math.abs(other.date.year - event.date.year), `${v.ctx}: “${option}” is near in time`).toBeLessThanOrEqual(10);
  }
  explainsEvent(v, event);
}

function checkWhichFirst(_question: Question, v: View) {
  expect(v.options).toHaveLength(2);
  const first = eventLabelled(one(v.key, v.ctx), v.lang, v.ctx);
  const second = eventLabelled(one(v.wrong, v.ctx), v.lang, v.ctx);
  expect(factSpan(first)[1], `${v.ctx}: the key ended before the other began`).toBeLessThan(factSpan(second)[0]);
  expect(datesIn(withoutLabels(v.explanation, [first, second], v.lang), v.lang).map((d) => d.span), `${v.ctx}: the explanation dates both, first first`).toEqual([factSpan(first), factSpan(second)]);
  for (const event of [first, second]) expect(contains(v.explanation, labelText(event.label[v.lang])), `${v.ctx}: the explanation names ${event.id}`).toBe(true);
}

function checkOrder(_question: Question, v: View) {
  expect(v.key.length).toBe(v.options.length);
  expect([...v.key].sort()).toEqual([...v.options].sort());
  expect(v.options, `${v.ctx}: not shown already in order`).not.toEqual(v.key);
  const events = v.key.map((text) => eventLabelled(text, v.lang, v.ctx));
  events.slice(1).forEach((event, i) => {
    const previous = events[i] as FactEvent;
    expect(factSpan(previous)[1], `${v.ctx}: ${previous.id} ends before ${event.id} begins`).toBeLessThan(factSpan(event)[0]);
  });
  // The explanation gives each event its own date, in the same order.
  const dates = datesIn(withoutLabels(v.explanation, events, v.lang), v.lang);
  expect(dates.map((d) => d.span), `${v.ctx}: the explanation dates the events`).toEqual(events.map(factSpan));
}

function checkAcronym(question: Question, v: View) {
  const term = one(
    facts.terms.filter((t) => bare(question).includes(`term:${t.id}`)),
    `${v.ctx}: the term`,
  );
  expect(contains(v.prompt, term.abbr[v.lang]), `${v.ctx}: the prompt names ${term.abbr[v.lang]}`).toBe(true);
  expect(plain(one(v.key, v.ctx)), `${v.ctx}: the key is the expansion`).toBe(plain(term.expansion[v.lang]));
  const expansions = new Set(facts.terms.filter((t) => t.id !== term.id).map((t) => plain(t.expansion[v.lang])));
  for (const option of v.wrong) {
    expect(plain(option)).not.toBe(plain(term.expansion[v.lang]));
    expect(expansions.has(plain(option)), `${v.ctx}: “${option}” expands another acronym of the course`).toBe(true);
  }
  expect(contains(v.explanation, term.abbr[v.lang]) && contains(v.explanation, term.expansion[v.lang]), `${v.ctx}: the explanation expands it`).toBe(true);
}

function entityOf(question: Question, v: View, has: (entity: FactEntity) => boolean): FactEntity {
  return one(
    facts.entities.filter((e) => bare(question).includes(e.id) && has(e)),
    `${v.ctx}: the entity asked about`,
  );
}

function checkPurpose(question: Question, v: View) {
  const entity = entityOf(question, v, (e) => Boolean(e.purpose));
  const purpose = (e: FactEntity) => plain(e.purpose?.[v.lang] ?? '');
  expect(contains(v.prompt, nameCore(entity.name[v.lang])), `${v.ctx}: the prompt names ${entity.name[v.lang]}`).toBe(true);
  expect(plain(one(v.key, v.ctx)), `${v.ctx}: the key is its purpose`).toBe(purpose(entity));
  const siblings = facts.entities.filter((e) => e.kind === entity.kind && e.id !== entity.id && e.purpose);
  for (const option of v.wrong) {
    expect(plain(option)).not.toBe(purpose(entity));
    expect(siblings.map(purpose), `${v.ctx}: “${option}” is the purpose of another ${entity.kind}`).toContain(plain(option));
  }
  explainsPurpose(v, entity);
}

function explainsPurpose(v: View, entity: FactEntity) {
  expect(contains(v.explanation, nameCore(entity.name[v.lang])), `${v.ctx}: the explanation names it`).toBe(true);
  expect(contains(v.explanation, entity.purpose?.[v.lang] ?? '(none)'), `${v.ctx}: the explanation gives its purpose`).toBe(true);
}

function checkPurposeReverse(question: Question, v: View) {
  const entity = entityOf(question, v, (e) => Boolean(e.purpose));
  expect(contains(v.prompt, entity.purpose?.[v.lang] ?? '(none)'), `${v.ctx}: the prompt quotes the purpose`).toBe(true);
  expect(plain(one(v.key, v.ctx)), `${v.ctx}: the key is the entity`).toBe(plain(entity.name[v.lang]));
  const siblings = facts.entities.filter((e) => e.kind === entity.kind && e.id !== entity.id && e.purpose);
  for (const option of v.wrong) {
    expect(
      siblings.map((e) => plain(e.name[v.lang])),
      `${v.ctx}: “${option}” is another ${entity.kind} with a purpose of its own`,
    ).toContain(plain(option));
  }
  explainsPurpose(v, entity);
}

function checkLocation(question: Question, v: View) {
  const entity = entityOf(question, v, (e) => Boolean(e.location));
  const location = entity.location as NonNullable<FactEntity['location']>;
  expect(contains(v.prompt, nameCore(entity.name[v.lang])), `${v.ctx}: the prompt names ${entity.name[v.lang]}`).toBe(true);
  expect(plain(one(v.key, v.ctx)), `${v.ctx}: the key is its city`).toBe(plain(`${location.city[v.lang]} (${location.country[v.lang]})`));
  for (const option of v.wrong) expect(plain(option).includes(plain(location.city[v.lang])), `${v.ctx}: “${option}” is elsewhere`).toBe(false);
  for (const part of [nameCore(entity.name[v.lang]), location.city[v.lang], location.country[v.lang]]) expect(contains(v.explanation, part), `${v.ctx}: the explanation says ${part}`).toBe(true);
}

function checkFigure(question: Question, v: View) {
  const figure = one(
    facts.figures.filter((f) => bare(question).includes(f.id)),
    `${v.ctx}: the figure`,
  );
  expect(squeezed(v.prompt), `${v.ctx}: the prompt is the statement with a blank`).toContain(squeezed(figure.statement[v.lang].replace('{n}', '___')));
  expect(v.options.every((o) => /^\d+$/.test(o)), `${v.ctx}: every option is a number: ${v.options.join(', ')}`).toBe(true);
  expect(one(v.key, v.ctx), `${v.ctx}: the key is the figure`).toBe(String(figure.value));
  for (const option of v.wrong) expect(alsoTrue(figure.value, Number(option), figure.statement[v.lang]), `${v.ctx}: ${option} is not also true`).toBe(false);
  const numbers = v.options.map(Number);
  expect(numbers, `${v.ctx}: numbers in ascending order`).toEqual([...numbers].sort((a, b) => a - b));
  expect(squeezed(v.explanation)).toContain(squeezed(figure.statement[v.lang].replace('{n}', String(figure.value))));
}

function checkSetMember(question: Question, v: View) {
  const set = one(
    facts.sets.filter((s) => bare(question).includes(s.id)),
    `${v.ctx}: the list`,
  );
  expect(v.prompt).toBe(set.prompt[v.lang]);
  const members = set.members.map((m) => plain(m[v.lang]));
  expect(members, `${v.ctx}: the key is on the list`).toContain(plain(one(v.key, v.ctx)));
  // Wrong options are the list's own written wrong answers, never members of any list.
  const written = (set.distractors ?? []).map((d) => plain(d[v.lang]));
  const anyMember = facts.sets.flatMap((s) => s.members.map((m) => plain(m[v.lang])));
  for (const option of v.wrong) {
    expect(anyMember, `${v.ctx}: “${option}” is on a list`).not.toContain(plain(option));
    expect(written, `${v.ctx}: “${option}” is written for this list`).toContain(plain(option));
  }
  expect(v.options.length).toBeGreaterThanOrEqual(4);
  for (const member of set.members) expect(contains(v.explanation, member[v.lang]), `${v.ctx}: the explanation names ${member[v.lang]}`).toBe(true);
  expect(v.explanation, `${v.ctx}: no claim of completeness`).not.toMatch(/complète|complete/iu);
}

/** A true/false statement: read its detail, decide its truth from the fact base, compare with the key. */
function checkTrueFalse(question: Question, v: View) {
  expect(v.options.map(plain), v.ctx).toEqual(TRUE_FALSE[v.lang]);
  const statement = v.prompt.replace(/^(vrai ou faux|true or false)\s*\?\s*/iu, '');
  expect(statement, `${v.ctx}: a statement follows the question`).not.toBe(v.prompt);
  let truth: boolean | undefined;
  let kinds = 0;

  const event = facts.events.find((e) => bare(question).includes(e.id) && contains(statement, labelText(e.label[v.lang])));
  if (event) {
    kinds++;
    const shown = theDateIn(statement.slice(0, statement.indexOf(':') + 1 || undefined).replace(/:$/, '') || statement, v.lang, v.ctx);
    expect(shown.precision, `${v.ctx}: the date keeps the fact's precision`).toBe(factPrecision(event));
    expect(shown.mid).toBe(event.qualifier === 'mid');
    truth = shown.span[0] === factSpan(event)[0] && shown.span[1] === factSpan(event)[1];
    if (!truth) expect(overlaps(shown.span, factSpan(event)), `${v.ctx}: a false date lies outside the period of the event`).toBe(false);
    expect(
      datesIn(v.explanation, v.lang).some((d) => d.span[0] === factSpan(event)[0] && d.span[1] === factSpan(event)[1]),
      `${v.ctx}: the explanation gives the true date`,
    ).toBe(true);
  }

  const entity = facts.entities.find((e) => bare(question).includes(e.id) && e.location && contains(statement, nameCore(e.name[v.lang])));
  const located = plain(statement).match(v.lang === 'fr' ? /se trouve à (.+) \((.+)\)$/u : /is in (.+) \((.+)\)$/u);
  if (entity?.location && located) {
    kinds++;
    const [, city = '', country = ''] = located;
    truth = city === plain(entity.location.city[v.lang]) && country === plain(entity.location.country[v.lang]);
    expect(truth || city !== plain(entity.location.city[v.lang]), `${v.ctx}: a false place is another city`).toBe(true);
    expect(contains(v.explanation, entity.location.city[v.lang]), `${v.ctx}: the explanation gives the true city`).toBe(true);
  }

  for (const figure of facts.figures.filter((f) => bare(question).includes(f.id))) {
    const match = squeezed(statement).match(statementPattern(figure.statement[v.lang]));
    if (!match) continue;
    kinds++;
    const shown = Number(match[1]);
    truth = shown === figure.value;
    if (!truth) expect(alsoTrue(figure.value, shown, figure.statement[v.lang]), `${v.ctx}: ${shown} is false given the source`).toBe(false);
    expect(squeezed(v.explanation)).toContain(squeezed(figure.statement[v.lang].replace('{n}', String(figure.value))));
  }

  expect(kinds, `${v.ctx}: the statement is about one fact: “${statement}”`).toBe(1);
  expect(plain(one(v.key, v.ctx)), `${v.ctx}: “${statement}” is ${truth ? 'true' : 'false'}`).toBe(TRUE_FALSE[v.lang][truth ? 0 : 1]);
  expect(plain(v.explanation).startsWith(truth ? (v.lang === 'fr' ? 'c’est exact' : 'that is right') : v.lang === 'fr' ? 'c’est inexact' : 'that is wrong'), `${v.ctx}: the explanation agrees`).toBe(true);
}

/** A scenario shows the situation and the question as authored, the authored key, real distractors and their reasons. */
function checkScenario(question: Question, v: View) {
  const scenario = facts.scenarios?.find((s) => `${SCENARIO_PREFIX}${s.id}` === question.id);
  expect(scenario, `${v.ctx}: the scenario exists`).toBeDefined();
  if (!scenario) return;
  expect(contains(v.prompt, scenario.situation[v.lang]) && contains(v.prompt, scenario.question[v.lang]), `${v.ctx}: the prompt is the situation and the question`).toBe(true);
  expect(plain(one(v.key, v.ctx)), `${v.ctx}: the key is the authored key`).toBe(plain(scenario.key[v.lang]));
  const reasons = new Map(scenario.distractors.map((d) => [plain(d.text[v.lang]), d.reason[v.lang]]));
  for (const option of question.options.filter((o) => !question.answer.includes(o.id))) {
    const reason = reasons.get(plain(option.text[v.lang]));
    expect(reason, `${v.ctx}: “${option.text[v.lang]}” is an authored distractor`).toBeDefined();
    expect(question.rationales?.[option.id]?.[v.lang], `${v.ctx}: the wrong option shows its own reason`).toBe(reason);
  }
  expect(contains(v.explanation, scenario.explanation[v.lang]), `${v.ctx}: the explanation is the authored one`).toBe(true);
}

const CHECKS: Record<QuestionType, (question: Question, v: View) => void> = {
  scenario: checkScenario,
  'event-year': checkEventYear,
  'event-date': checkEventDate,
  'date-event': checkDateEvent,
  'which-first': checkWhichFirst,
  'chronological-order': checkOrder,
  acronym: checkAcronym,
  purpose: checkPurpose,
  'purpose-reverse': checkPurposeReverse,
  location: checkLocation,
  figure: checkFigure,
  'set-member': checkSetMember,
  'true-false': checkTrueFalse,
};

/** Checks what a learner reads in both languages; returns the type, for coverage. */
export function checkAgainstFacts(question: Question): QuestionType {
  for (const lang of LANGS) {
    const v = view(question, lang);
    expect(v.key.length, `${v.ctx}: the key is among the options`).toBe(question.answer.length);
    expect(new Set(v.options.map(plain)).size, `${v.ctx}: options read differently`).toBe(v.options.length);
    CHECKS[question.type](question, v);
  }
  return question.type;
}

describe('what learners read, checked against the fact base', () => {
  it('states the fact in every key of the question bank, and contradicts it in every wrong option, for many seeds', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const seen = new Set(generateQuestionBank(facts, { seed }).map(checkAgainstFacts));
        expect([...seen].sort()).toEqual(QUESTION_TYPES.filter((type) => type !== 'acronym').sort());
      }),
      runs(6),
    );
  });

  it('does so in the quizzes learners take', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(5, 10, 20), (seed, count) => {
        generateBilingualQuiz(facts, { seed, count, scope: { kind: 'course' } }).forEach(checkAgainstFacts);
      }),
      runs(40),
    );
  });

  it('asks about every fact: each event, entity, figure, glossary term and list member has its questions', () => {
    const bank = generateQuestionBank(facts, { seed: 11 });
    const about = (type: QuestionType, id: string) => bank.filter((q) => q.type === type && bare(q).includes(id));
    const statements = (id: string, kind: 'event' | 'place' | 'figure') =>
      about('true-false', id).filter((q) => {
        const en = q.prompt.en;
        if (kind === 'place') return / is in .+\(.+\)\.?$/.test(en);
        if (kind === 'figure') return facts.figures.some((f) => f.id === id && statementPattern(f.statement.en).test(squeezed(en.replace(/^True or false\?\s*/, ''))));
        return datesIn(en.split(':')[0] ?? '', 'en').length === 1;
      });
    const truths = (questions: Question[]) => questions.map((q) => plain(q.options.find((o) => q.answer.includes(o.id))?.text.en ?? '')).sort();
    // A label that states a date of its own ("the 11 September attacks") is asked no date question.
    const datable = (e: (typeof facts.events)[number]) => !statesDate(e.label.fr) && !statesDate(e.label.en);
    for (const event of facts.events.filter(datable)) {
      expect(about('date-event', event.id).length, event.id).toBeLessThanOrEqual(1);
      // A year known to all, and no more than a year: "what happened in 2022?" needs no course.
      if (event.yearKnown && event.date.month === undefined) expect(about('date-event', event.id), event.id).toEqual([]);
      // Only a point event (a day or a month, no period, not a lasting state) is made false by moving its date.
      const point = event.date.month !== undefined && !event.end && !event.lasting;
      // A year known without the course (yearKnown) is asked neither as a year nor in a statement.
      // A true statement only where a false one can be made too: one that could only be true would teach "always true".
      expect(truths(statements(event.id, 'event')), `${event.id}: a true and a false statement for a point event, none otherwise`).toEqual(event.yearKnown || !point ? [] : ['false', 'true']);
      if ((!event.end || event.end.year === event.date.year) && !event.lasting) expect(about('event-year', event.id), event.id).toHaveLength(event.yearKnown ? 0 : 1);
      // (Unless its label names the month: "ends in early September" would give the date away.)
      if (point && !event.qualifier) expect(about('event-date', event.id).length, event.id).toBe(event.dateKnown || /january|february|march|april|may|june|july|august|september|october|november|december/i.test(event.label.en) ? 0 : 1);
    }
    for (const event of facts.events.filter((e) => !datable(e))) expect(bank.filter((q) => q.type !== 'scenario' && bare(q).includes(event.id)).map((q) => q.id), event.id).toEqual([]);
    for (const entity of facts.entities) {
      // A place the name gives away (locationAsked: false) is taught, never asked.
      if (entity.location) {
        expect(about('location', entity.id), entity.id).toHaveLength(entity.locationAsked === false ? 0 : 1);
        expect(truths(statements(entity.id, 'place')), `${entity.id}: one true and one false place`).toEqual(entity.locationAsked === false ? [] : ['false', 'true']);
      }
      const withPurpose = facts.entities.filter((e) => e.kind === entity.kind && e.purpose).length;
      // A purpose question no draw of distractors makes fair (a word of the stem in the key alone) is left out.
      const named = (['fr', 'en'] as const).some((lang) => entity.purpose && contentWords(entity.purpose[lang]).some((word) => contentWords(entity.name[lang]).includes(word)));
      if (entity.purpose && entity.purposeAsked !== false && withPurpose >= 4 && !named) expect(about('purpose', entity.id).length + about('purpose-reverse', entity.id).length, entity.id).toBeGreaterThanOrEqual(1);
    }
    for (const figure of facts.figures) {
      // A floor ("more than N") is no fill-in either: every wrong number would be larger, the key first.
      // A figure marked `asked: false` (trivia, general knowledge) is taught, never asked.
      if (figure.asked === false) {
        expect(bank.filter((q) => q.type !== 'scenario' && q.facts.includes(`figure:${figure.id}`)).map((q) => q.id), figure.id).toEqual([]);
        continue;
      }
      expect(about('figure', figure.id), figure.id).toHaveLength(hedge(figure.statement.en) === 'floor' ? 0 : 1);
      // A floor ("more than N") has no false statement: a larger number could be true too; nor
      // has a number that names (a resolution): another resolution may say the same thing. Then
      // no true one either: a statement of a kind that is always true teaches "always true".
      expect(truths(statements(figure.id, 'figure')), figure.id).toEqual(hedge(figure.statement.en) === 'floor' || figure.names ? [] : ['false', 'true']);
    }
    // Acronym items are gone (the initials gave the key away); a list is asked only with wrong answers written for it.
    expect(bank.filter((q) => q.type === 'acronym')).toEqual([]);
    // (A member no draw of the written wrong answers makes fair, by length or by a word of the stem, is left out.)
    for (const set of facts.sets) {
      const asked = about('set-member', set.id).length;
      if ((set.distractors ?? []).length < 3 || set.asked === false) expect(asked, set.id).toBe(0);
      else expect(asked, set.id).toBeGreaterThanOrEqual(Math.ceil(set.members.length / 2));
    }
    const events = new Set(bank.filter((q) => q.type === 'which-first' || q.type === 'chronological-order').flatMap(bare));
    expect(events.size, 'ordering questions reach most events').toBeGreaterThan(facts.events.length / 2);
    // Every lesson with three events that do not overlap can be asked to put them in order.
    for (const lesson of facts.lessons) {
      // Events whose label says where they sit in time ("its first", "again") are not ordered.
      const own = facts.events.filter((e) => e.section.unitId === lesson.unitId && e.section.lessonId === lesson.lessonId && datable(e) && !statesOrder(e.label.fr) && !statesOrder(e.label.en)).sort((a, b) => factSpan(a)[1] - factSpan(b)[1]);
      let apart = 0;
      let last = -1;
      for (const event of own) if (factSpan(event)[0] > last) [apart, last] = [apart + 1, factSpan(event)[1]];
      const orderings = bank.filter((q) => q.type === 'chronological-order' && q.source.lessonId === lesson.lessonId && bare(q).every((id) => own.some((e) => e.id === id)));
      if (apart >= 3) expect(orderings.length, `${lesson.lessonId}: an ordering question on its own events`).toBeGreaterThan(0);
      if (apart >= 2) expect(bank.some((q) => q.type === 'which-first' && bare(q).every((id) => own.some((e) => e.id === id))), `${lesson.lessonId}: which came first`).toBe(true);
    }
  });

  it('makes false true/false statements as often as true ones, over the bank', () => {
    const bank = generateQuestionBank(facts, { seed: 7 }).filter((q) => q.type === 'true-false');
    const falseOnes = bank.filter((q) => plain(q.options.find((o) => q.answer.includes(o.id))?.text.en ?? '') === 'false');
    expect(falseOnes.length).toBeGreaterThan(bank.length / 3);
    expect(falseOnes.length).toBeLessThan(bank.length / 2 + 1);
  });
});

describe('the oracle itself', () => {
  const bank = generateQuestionBank(facts, { seed: 3 });
  const first = (type: QuestionType) => bank.find((q) => q.type === type) as Question;
  const keyText = (q: Question, text: LocalizedText): Question => ({ ...q, options: q.options.map((o) => (q.answer.includes(o.id) ? { ...o, text } : o)) });

  it('reads the dates the course writes', () => {
    expect(datesIn('Le 13-14 septembre 2001 puis mi-octobre 2001', 'fr').map((d) => d.span)).toEqual([
      [20010913, 20010914],
      [20011001, 20011031],
    ]);
    expect(datesIn('Les 13 et 14 septembre 2001, du 9 au 11 juillet 2024', 'fr').map((d) => d.span)).toEqual([
      [20010913, 20010914],
      [20240709, 20240711],
    ]);
    expect(datesIn('On 9–11 July 2024', 'en')[0]?.span).toEqual([20240709, 20240711]);
    expect(datesIn('From 2011 to 2014; November-December 2021; 1999', 'en').map((d) => [d.span, d.precision])).toEqual([
      [[20110101, 20141231], 'year'],
      [[20211101, 20211231], 'month'],
      [[19990101, 19991231], 'year'],
    ]);
    expect(datesIn('1er janvier 2015', 'fr')[0]?.span).toEqual([20150101, 20150101]);
  });

  it('fails a figure whose key shows another number, and a true statement marked false', () => {
    const figure = first('figure');
    expect(() => checkAgainstFacts(keyText(figure, { fr: '9999', en: '9999' }))).toThrow();
    const statement = bank.find((q) => q.type === 'true-false' && plain(q.options.find((o) => q.answer.includes(o.id))?.text.en ?? '') === 'true') as Question;
    const flipped = { ...statement, answer: statement.options.filter((o) => !statement.answer.includes(o.id)).map((o) => o.id) };
    expect(() => checkAgainstFacts(flipped)).toThrow();
  });

  it('fails an event-year question whose key is a neighbouring year', () => {
    const question = first('event-year');
    const year = Number(question.options.find((o) => question.answer.includes(o.id))?.text.en) + 1;
    expect(() => checkAgainstFacts(keyText(question, { fr: String(year), en: String(year) }))).toThrow();
  });
});
