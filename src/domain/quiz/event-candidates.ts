/** Questions on dated events: year, date, what happened when, which came first, ordering, true/false. */
import type { FactBase, FactDate, FactEvent, Lang, LessonRef, LocalizedText } from '@/content/course-types';
import { formatFactDate } from '../format-fact-date';
import type { Candidate } from './candidate';
import { statesDate, statesOrder } from './cues';
import { dateSpan, pickAlike, spansOverlap, valuesAround } from './distractors';
import type { Question } from './question';
import { shuffle } from './random';
import { T, fill } from './templates';

const bothLanguages = (format: (lang: Lang) => string): LocalizedText => ({ fr: format('fr'), en: format('en') });

const span = (event: FactEvent) => dateSpan(event.date, event.end);

/** Whether two events declare a piece of knowledge in common (`covers`). */
const sharesKnowledge = (a: FactEvent, b: FactEvent) => (a.covers ?? []).some((key) => (b.covers ?? []).includes(key));

export const eventDate = (event: FactEvent, capitalized = true) =>
  bothLanguages((lang) => formatFactDate(event.date, lang, { ...(event.end ? { end: event.end } : {}), ...(event.qualifier ? { qualifier: event.qualifier } : {}), capitalized }));

/** "le 12 septembre 2001", "les 13 et 14 septembre 2001", "du 9 au 11 juillet 2024", "in mid-October 2001", "de 2011 à 2014": a date as it follows a verb. */
function datePhrase(event: FactEvent): LocalizedText {
  const date = eventDate(event, false);
  const { end } = event;
  if (end && end.year !== event.date.year && event.date.month === undefined) {
    return { fr: `de ${event.date.year} à ${end.year}`, en: `from ${event.date.year} to ${end.year}` };
  }
  if (event.date.day !== undefined) return { fr: date.fr.startsWith('du ') ? date.fr : `${end ? 'les' : 'le'} ${date.fr}`, en: `on ${date.en}` };
  if (event.qualifier === 'mid') return { fr: `à la ${date.fr}`, en: `in ${date.en}` };
  return { fr: `en ${date.fr}`, en: `in ${date.en}` };
}

const yearText = (year: number): LocalizedText => ({ fr: String(year), en: String(year) });
const explanation = (event: FactEvent) => fill(T.datedLabel, { date: eventDate(event), label: event.label });

/**
 * The years the course's chronology spans: the range year options come from. Not before its
 * first: a year before anything the course tells of is eliminated without the course. Not
 * after the last year its own source document tells of: a 2025 option, which only the
 * round table's page reaches, against an event of the page dated December 2023 says "not
 * this one" to anyone who knows the page's date.
 */
function yearRange(facts: FactBase, event: FactEvent): [number, number] {
  const documentOf = (e: FactEvent) => facts.lessons.find((l) => l.unitId === e.section.unitId && l.lessonId === e.section.lessonId)?.document;
  const own = documentOf(event);
  const years = facts.events.flatMap((e) => [e.date.year, ...(e.end ? [e.end.year] : [])]);
  const ownYears = facts.events.filter((e) => documentOf(e) === own).flatMap((e) => [e.date.year, ...(e.end ? [e.end.year] : [])]);
  return [Math.min(...years), Math.max(...(own === undefined ? years : ownYears))];
}

/** Years another event of the same series happened: never offered against it, nor as its false date. */
const seriesYears = (events: FactEvent[], event: FactEvent) =>
  new Set(event.series ? events.filter((e) => e !== event && e.series === event.series).flatMap((e) => [e.date.year, ...(e.end ? [e.end.year] : [])]) : []);

/**
 * Wrong years for an event, below and above it (nearest first), within the chronology's range,
 * outside the event's own span and its series' years. A lasting state has none above: it is
 * still true after its year.
 */
function yearSides(facts: FactBase, event: FactEvent): { below: number[]; above: number[] } {
  const events = facts.events;
  const [first, last] = yearRange(facts, event);
  const taken = seriesYears(events, event);
  const endYear = event.end?.year ?? event.date.year;
  const below: number[] = [];
  for (let year = event.date.year - 1; year >= first; year--) if (!taken.has(year)) below.push(year);
  const above: number[] = [];
  if (!event.lasting) for (let year = endYear + 1; year <= last; year++) if (!taken.has(year)) above.push(year);
  return { below, above };
}

const sameYearOnly = (event: FactEvent) => !event.end || event.end.year === event.date.year;

/** A point event: a day or a month, no period, not a lasting state. Only these are made false by moving their date. */
const pointEvent = (event: FactEvent) => event.date.month !== undefined && !event.end && !event.lasting;

/** Whether a label can stand in a question on dates: it must not state a date itself ("the 11 September attacks", "70th anniversary"). */
const datable = (event: FactEvent) => !statesDate(event.label.fr) && !statesDate(event.label.en);

/** Whether a label can be compared in time with another: no date, no "first", "again", "ends". */
const orderable = (event: FactEvent) => datable(event) && !statesOrder(event.label.fr) && !statesOrder(event.label.en);

/** The date of `event` moved to another year: the one detail a false statement changes. */
function shiftedEvent(event: FactEvent, year: number): FactEvent {
  const shift = (date: FactDate): FactDate => ({ ...date, year: date.year + (year - event.date.year) });
  return { ...event, date: shift(event.date), ...(event.end ? { end: shift(event.end) } : {}) };
}

/** Events in time order, each after the previous one ends, never two of one series. */
function chains(events: FactEvent[]): FactEvent[] {
  const sorted = [...events].sort((a, b) => span(a)[0] - span(b)[0]);
  const chain: FactEvent[] = [];
  for (const event of sorted) {
    const last = chain.at(-1);
    if (event.series && chain.some((e) => e.series === event.series)) continue;
    if (!last || span(event)[0] > span(last)[1]) chain.push(event);
  }
  return chain;
}

/** Sections of several events, in order, without repeats: every one an item relies on. */
function sectionsOf(events: FactEvent[]): LessonRef[] {
  const seen = new Map<string, LessonRef>();
  for (const event of events) seen.set(`${event.section.unitId}/${event.section.lessonId}#${event.section.sectionId ?? ''}`, event.section);
  return [...seen.values()];
}

export function eventCandidates(facts: FactBase): Candidate[] {
  const events = facts.events;
  const dated = events.filter(datable);
  const out: Candidate[] = [];
  const base = (event: FactEvent) => ({ facts: [`event:${event.id}`], source: event.section, sources: [event.section] });

  for (const event of dated) {
    if (sameYearOnly(event) && !event.lasting && !event.yearKnown) {
      const { below, above } = yearSides(facts, event);
      out.push({
        id: `event-year:${event.id}`,
        type: 'event-year',
        ...base(event),
        build: (random, position) => {
          const wrong = valuesAround(below, above, 3, position, random);
          if (!wrong) return null;
          const years = [event.date.year, ...wrong].sort((a, b) => a - b);
          return {
            layout: 'ascending',
            prompt: fill(T.eventYear, { label: event.label }),
            options: years.map((year) => ({ id: `y:${year}`, text: yearText(year) })),
            answer: [`y:${event.date.year}`],
            explanation: explanation(event),
          };
        },
      });
    }
    if (pointEvent(event) && !event.qualifier && !event.dateKnown) {
      const precise = event.date.day !== undefined;
      const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
      const key = (e: FactEvent) => `${e.date.year}-${pad(e.date.month)}${precise ? `-${pad(e.date.day)}` : ''}`;
      const asDate = (e: FactEvent): FactEvent => ({ ...e, date: precise ? e.date : { year: e.date.year, month: e.date.month ?? 1 } });
      const others = new Map<string, FactEvent>();
      const lastYear = yearRange(facts, event)[1];
      for (const other of events) {
        if (other.date.month === undefined || (precise && other.date.day === undefined) || spansOverlap(span(other), span(event)) || other.date.year > lastYear) continue;
        if (event.series && other.series === event.series) continue;
        if (key(other) !== key(event)) others.set(key(other), asDate(other));
      }
      const distance = (e: FactEvent) => Math.abs(span(e)[0] - span(event)[0]);
      const below = [...others.values()].filter((e) => span(e)[0] < span(event)[0]).sort((a, b) => distance(a) - distance(b));
      const above = [...others.values()].filter((e) => span(e)[0] > span(event)[0]).sort((a, b) => distance(a) - distance(b));
      out.push({
        id: `event-date:${event.id}`,
        type: 'event-date',
        ...base(event),
        build: (random, position) => {
          const wrong = valuesAround(below, above, 3, position, random);
          if (!wrong) return null;
          const options = [asDate(event), ...wrong].sort((a, b) => span(a)[0] - span(b)[0]);
          return {
            layout: 'ascending',
            prompt: fill(T.eventDate, { label: event.label }),
            options: options.map((e) => ({ id: `d:${key(e)}`, text: bothLanguages((lang) => formatFactDate(e.date, lang)) })),
            answer: [`d:${key(event)}`],
            explanation: explanation(event),
          };
        },
      });
    }
    // A date known to all (11 September 2001) names its event: no "what happened then?"; nor
    // does a year known to all when the date is that year alone ("what happened in 2022?": the
    // Madrid Strategic Concept).
    if (!event.dateKnown && !(event.yearKnown && event.date.month === undefined))
    out.push({
      id: `date-event:${event.id}`,
      type: 'date-event',
      ...base(event),
      build: (random) => {
        const pool = dated
          .filter((other) => !spansOverlap(span(other), span(event)) && !(event.series && other.series === event.series))
          // A lasting state is true after its date: it cannot be a wrong answer for a later one.
          .filter((other) => !(other.lasting && span(other)[0] <= span(event)[1]))
          .sort((a, b) => Math.abs(span(a)[0] - span(event)[0]) - Math.abs(span(b)[0] - span(event)[0]))
          // One event a piece of knowledge: two options telling the same decision (the 2022
          // Strategic Concept, named twice) would let a learner discard both.
          .filter((other, index, sorted) => !sharesKnowledge(other, event) && !sorted.slice(0, index).some((earlier) => sharesKnowledge(earlier, other)))
          .slice(0, 10);
        const distractors = pickAlike(event.label, pool, (e) => e.label, 3, random);
        if (distractors.length < 3) return null;
        return {
          layout: 'shuffled',
          prompt: fill(T.dateEvent, { when: datePhrase(event) }),
          options: [event, ...distractors].map((e) => ({ id: `e:${e.id}`, text: e.label })),
          answer: [`e:${event.id}`],
          explanation: explanation(event),
        };
      },
    });
    // A year known without the course makes a true/false statement of its date a give-away. A
    // period, a lasting state or an event dated by its year alone has no statement that is false
    // at every time (its date moved may fall inside what it covers): then none that is true
    // either, or statements of that kind could only be true and "always true" would beat chance.
    for (const truth of event.yearKnown || !pointEvent(event) ? [] : [true, false]) {
      out.push({
        id: `true-false:event:${event.id}:${truth}`,
        type: 'true-false',
        ...base(event),
        build: (random) => {
          // A false date lies in another year than the event and its series: false at every time.
          const taken = seriesYears(events, event);
          const { below, above } = yearSides(facts, event);
          const year = truth ? event.date.year : shuffle([...below.slice(0, 3), ...above.slice(0, 3)], random).find((y) => !taken.has(y));
          if (year === undefined) return null;
          const shown = truth ? event : shiftedEvent(event, year);
          return trueFalse(fill(T.datedLabel, { date: eventDate(shown), label: event.label }), truth, explanation(event));
        },
      });
    }
  }

  const pairs = new Map<string, [FactEvent, FactEvent]>();
  const orders = new Map<string, FactEvent[]>();
  const comparable = events.filter(orderable);
  const groups = [comparable, ...groupBy(comparable, (e) => e.section.unitId), ...groupBy(comparable, (e) => `${e.section.unitId}/${e.section.lessonId}`)];
  for (const group of groups) {
    const chain = chains(group);
    chain.slice(1).forEach((event, i) => {
      const previous = chain[i];
      if (previous) pairs.set(`${previous.id}:${event.id}`, [previous, event]);
    });
    const size = chain.length >= 5 && group !== comparable ? 4 : Math.min(chain.length, 4);
    if (size < 3) continue;
    for (let start = 0; start + size <= chain.length; start += Math.max(2, size - 1)) {
      const window = chain.slice(start, start + size);
      orders.set(window.map((e) => e.id).join(':'), window);
    }
  }
  for (const [key, [first, second]] of pairs) {
    const sources = sectionsOf([first, second]);
    out.push({
      id: `which-first:${key}`,
      type: 'which-first',
      facts: [`event:${first.id}`, `event:${second.id}`],
      source: first.section,
      sources,
      build: () => ({
        layout: 'shuffled',
        prompt: fill(T.whichFirst, {}),
        options: [first, second].map((e) => ({ id: `e:${e.id}`, text: e.label })),
        answer: [`e:${first.id}`],
        explanation: fill(T.firstOfTwo, { first: quoteLabel(first), firstDate: eventDate(first, false), second: quoteLabel(second), secondDate: eventDate(second, false) }),
      }),
    });
  }
  for (const [key, window] of orders) {
    out.push({
      id: `chronological-order:${key}`,
      type: 'chronological-order',
      facts: window.map((e) => `event:${e.id}`),
      source: window[0]?.section ?? { unitId: '', lessonId: '' },
      sources: sectionsOf(window),
      build: (random) => {
        let shown = shuffle(window, random);
        if (shown.every((e, i) => e === window[i])) shown = [...shown.slice(1), ...shown.slice(0, 1)];
        return {
          layout: 'ordering',
          prompt: fill(T.order, {}),
          options: shown.map((e) => ({ id: `e:${e.id}`, text: e.label })),
          answer: window.map((e) => `e:${e.id}`),
          explanation: fill(T.orderExplained, {
            list: bothLanguages((lang) => window.map((e) => `${eventDate(e)[lang]} (${e.label[lang].replace(/\.$/, '')})`).join(lang === 'fr' ? ' ; ' : '; ')),
          }),
        };
      },
    });
  }
  return out;
}

const quoteLabel = (event: FactEvent): LocalizedText => ({ fr: `« ${event.label.fr.replace(/\.$/, '')} »`, en: `“${event.label.en.replace(/\.$/, '')}”` });

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

export function trueFalse(statement: LocalizedText, truth: boolean, fact: LocalizedText): Omit<Question, 'id' | 'type' | 'facts' | 'source' | 'sources'> {
  return {
    layout: 'true-false',
    prompt: fill(T.trueFalse, { statement }),
    options: [
      { id: 'true', text: fill(T.true, {}) },
      { id: 'false', text: fill(T.false, {}) },
    ],
    answer: [truth ? 'true' : 'false'],
    explanation: fill(truth ? T.trueStatement : T.falseStatement, { fact }),
  };
}
