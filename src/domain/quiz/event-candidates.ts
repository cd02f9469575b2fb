/** Questions on dated events: year, date, what happened when, which came first, ordering, true/false. */
import type { FactBase, FactDate, FactEvent, Lang, LocalizedText } from '@/content/course-types';
import { formatFactDate } from '../format-fact-date';
import type { Candidate } from './candidate';
import { dateSpan, pickAlike, spansOverlap } from './distractors';
import type { Question } from './question';
import { shuffle, type Random } from './random';
import { T, fill } from './templates';

const bothLanguages = (format: (lang: Lang) => string): LocalizedText => ({ fr: format('fr'), en: format('en') });

const span = (event: FactEvent) => dateSpan(event.date, event.end);

export const eventDate = (event: FactEvent, capitalized = true) =>
  bothLanguages((lang) => formatFactDate(event.date, lang, { ...(event.end ? { end: event.end } : {}), ...(event.qualifier ? { qualifier: event.qualifier } : {}), capitalized }));

/** "le 12 septembre 2001", "in mid-October 2001", "de 2011 à 2014": a date as it follows a verb. */
function datePhrase(event: FactEvent): LocalizedText {
  const date = eventDate(event, false);
  const { end } = event;
  if (end && end.year !== event.date.year && event.date.month === undefined) {
    return { fr: `de ${event.date.year} à ${end.year}`, en: `from ${event.date.year} to ${end.year}` };
  }
  if (event.date.day !== undefined) return { fr: `${end ? 'les' : 'le'} ${date.fr}`, en: `on ${date.en}` };
  if (event.qualifier === 'mid') return { fr: `à la ${date.fr}`, en: `in ${date.en}` };
  return { fr: `en ${date.fr}`, en: `in ${date.en}` };
}

const yearText = (year: number): LocalizedText => ({ fr: String(year), en: String(year) });
const explanation = (event: FactEvent) => fill(T.datedLabel, { date: eventDate(event), label: event.label });

/** Years of the course's own chronology nearest to `year`, outside the event's span. */
function nearbyYears(events: FactEvent[], event: FactEvent, count: number, random: Random): number[] {
  const [start, end] = span(event);
  const years = [...new Set(events.flatMap((e) => [e.date.year, ...(e.end ? [e.end.year] : [])]))].filter(
    (year) => year * 10000 + 1231 < start || year * 10000 + 101 > end,
  );
  return shuffle(years, random)
    .sort((a, b) => Math.abs(a - event.date.year) - Math.abs(b - event.date.year))
    .slice(0, count);
}

const sameYearOnly = (event: FactEvent) => !event.end || event.end.year === event.date.year;

/** The date of `event` moved to another year: the one detail a false statement changes. */
function shiftedEvent(event: FactEvent, year: number): FactEvent {
  const shift = (date: FactDate): FactDate => ({ ...date, year: date.year + (year - event.date.year) });
  return { ...event, date: shift(event.date), ...(event.end ? { end: shift(event.end) } : {}) };
}

function chains(events: FactEvent[]): FactEvent[] {
  const sorted = [...events].sort((a, b) => span(a)[0] - span(b)[0]);
  const chain: FactEvent[] = [];
  for (const event of sorted) {
    const last = chain.at(-1);
    if (!last || span(event)[0] > span(last)[1]) chain.push(event);
  }
  return chain;
}

export function eventCandidates(facts: FactBase): Candidate[] {
  const { events } = facts;
  const out: Candidate[] = [];
  const base = (event: FactEvent) => ({ facts: [event.id], source: event.section });

  for (const event of events) {
    if (sameYearOnly(event)) {
      out.push({
        id: `event-year:${event.id}`,
        type: 'event-year',
        ...base(event),
        build: (random) => {
          const years = [event.date.year, ...nearbyYears(events, event, 3, random)].sort((a, b) => a - b);
          if (years.length < 4) return null;
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
    if (event.date.month !== undefined && !event.end && !event.qualifier) {
      out.push({
        id: `event-date:${event.id}`,
        type: 'event-date',
        ...base(event),
        build: () => {
          const precise = event.date.day !== undefined;
          const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
          const key = (e: FactEvent) => `${e.date.year}-${pad(e.date.month)}${precise ? `-${pad(e.date.day)}` : ''}`;
          const others = new Map<string, FactEvent>();
          for (const other of events) {
            if (other.date.month === undefined || (precise && other.date.day === undefined) || spansOverlap(span(other), span(event))) continue;
            others.set(key(other), other);
          }
          const nearest = [...others.values()].sort((a, b) => Math.abs(span(a)[0] - span(event)[0]) - Math.abs(span(b)[0] - span(event)[0])).slice(0, 3);
          if (nearest.length < 3) return null;
          const asDate = (e: FactEvent): FactEvent => ({ ...e, date: precise ? e.date : { year: e.date.year, month: e.date.month ?? 1 } });
          const options = [event, ...nearest].map(asDate).sort((a, b) => span(a)[0] - span(b)[0]);
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
    out.push({
      id: `date-event:${event.id}`,
      type: 'date-event',
      ...base(event),
      build: (random) => {
        const pool = events
          .filter((other) => !spansOverlap(span(other), span(event)))
          .sort((a, b) => Math.abs(span(a)[0] - span(event)[0]) - Math.abs(span(b)[0] - span(event)[0]))
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
    for (const truth of [true, false]) {
      out.push({
        id: `true-false:event:${event.id}:${truth}`,
        type: 'true-false',
        ...base(event),
        build: (random) => {
          // A false period must lie wholly outside the true one: "2010-2013" for 2011-2014 is half true.
          const year = truth ? event.date.year : nearbyYears(events, event, events.length, random).find((y) => !spansOverlap(span(shiftedEvent(event, y)), span(event)));
          if (year === undefined) return null;
          const shown = truth ? event : shiftedEvent(event, year);
          return trueFalse(fill(T.datedLabel, { date: eventDate(shown), label: event.label }), truth, explanation(event));
        },
      });
    }
  }

  const pairs = new Map<string, [FactEvent, FactEvent]>();
  const orders = new Map<string, FactEvent[]>();
  const groups = [events, ...groupBy(events, (e) => e.section.unitId), ...groupBy(events, (e) => `${e.section.unitId}/${e.section.lessonId}`)];
  for (const group of groups) {
    const chain = chains(group);
    chain.slice(1).forEach((event, i) => {
      const previous = chain[i];
      if (previous) pairs.set(`${previous.id}:${event.id}`, [previous, event]);
    });
    const size = chain.length >= 5 && group !== events ? 4 : Math.min(chain.length, 4);
    if (size < 3) continue;
    for (let start = 0; start + size <= chain.length; start += Math.max(2, size - 1)) {
      const window = chain.slice(start, start + size);
      orders.set(window.map((e) => e.id).join(':'), window);
    }
  }
  for (const [key, [first, second]] of pairs) {
    out.push({
      id: `which-first:${key}`,
      type: 'which-first',
      facts: [first.id, second.id],
      source: first.section,
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
      facts: window.map((e) => e.id),
      source: window[0]?.section ?? { unitId: '', lessonId: '' },
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

export function trueFalse(statement: LocalizedText, truth: boolean, fact: LocalizedText): Omit<Question, 'id' | 'type' | 'facts' | 'source'> {
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
