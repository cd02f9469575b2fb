/**
 * When two items may not share a quiz: they rest on one piece of knowledge, or the text one
 * shows a learner (stem, key, explanation) answers the other. On a small fact base written
 * for the purpose, so each case reads on its own.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase, LocalizedText } from '@/content/course-types';
import { atomsOf, conflict, contentWords, fold } from './knowledge';
import type { Question } from './question';

const section = { unitId: 'u', lessonId: 'l', sectionId: 's' };
const same = (text: string): LocalizedText => ({ fr: text, en: text });

const facts: FactBase = {
  events: [
    // Five content words: "summit", "adopts", "counter", "terrorism", "guidelines".
    { id: 'summit', date: { year: 2012, month: 5, day: 21 }, theme: 't', section, label: same('The summit adopts counter terrorism guidelines.') },
    // Two content words: "council", "condemns".
    { id: 'condemn', date: { year: 2001, month: 9, day: 12 }, theme: 't', section, label: same('The council condemns it.') },
    { id: 'mission', date: { year: 2016 }, end: { year: 2019 }, theme: 't', section, label: same('A training mission operates.') },
    { id: 'policy', date: { year: 2020 }, covers: ['evidence'], theme: 't', section, label: same('A battlefield evidence policy is agreed.') },
  ],
  entities: [
    { id: 'hub', kind: 'body', name: same('Regional Hub'), location: { city: same('Naples'), country: same('Italy') }, purpose: same('to gather information about southern threats'), section },
    { id: 'nso', kind: 'body', name: same('NSO'), location: { city: same('Brussels'), country: same('Belgium') }, section },
    { id: 'programme', kind: 'programme', name: same('Evidence Programme'), covers: ['evidence'], purpose: same('to share battlefield evidence'), section },
  ],
  figures: [{ id: 'tasks', value: 3, statement: { fr: 'L’Alliance a {n} tâches fondamentales.', en: 'The Alliance has {n} core tasks overall.' }, section }],
  sets: [],
  terms: [],
  lessons: [{ unitId: 'u', lessonId: 'l', title: same('L'), unitTitle: same('U') }],
};

function given<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

let counter = 0;
/** An item resting on `refs`, showing `shown` in its stem and `key` as its answer, with other options that say `wrong`. */
function item(refs: string[], shown: string, options: { key?: string; wrong?: string; type?: Question['type']; explanation?: string; layout?: Question['layout'] } = {}): Question {
  counter += 1;
  return {
    id: `item-${counter}`,
    type: options.type ?? 'purpose',
    layout: options.layout ?? 'shuffled',
    prompt: same(shown),
    options: [
      { id: 'k', text: same(options.key ?? 'keyed answer') },
      { id: 'w', text: same(options.wrong ?? 'wrong answer') },
    ],
    answer: options.layout === 'ordering' ? ['k', 'w'] : ['k'],
    explanation: same(options.explanation ?? 'Explained.'),
    facts: refs,
    source: section,
  };
}
const asking = (ref: string, type: Question['type'] = 'event-year') => item([ref], 'In which year did it happen?', { type });

describe('fold and contentWords', () => {
  it('fold compares texts without case, accents, quotes or punctuation', () => {
    expect(fold('  L’Alliance, à « Bruxelles » !')).toBe('l alliance a bruxelles');
    expect(fold('Été 2001')).toBe(fold('ete  2001'));
  });

  it('contentWords keeps the words of five letters or more that are not grammar, once each', () => {
    expect(contentWords('Between the Alliance and its partners, the alliance acts.')).toEqual(['alliance', 'partners']);
    expect(contentWords('Pendant la réunion, selon les Alliés')).toEqual(['reunion', 'allies']);
  });
});

describe('conflict: one piece of knowledge', () => {
  it('names the fact two items share, or the knowledge key two facts both cover', () => {
    const year = asking('event:summit');
    expect(conflict(facts, year, item(['event:summit'], 'What happened?', { type: 'date-event' }))).toBe('both rest on event:summit');
    expect(conflict(facts, asking('event:policy'), item(['entity:programme'], 'What is it for?'))).toBe('both rest on knowledge:evidence');
    expect(conflict(facts, asking('event:summit'), asking('event:condemn'))).toBeNull();
  });

  it('reads the knowledge keys of the fact base it is given, not of the last one seen', () => {
    expect(atomsOf(facts, ['event:policy'])).toEqual(['event:policy', 'knowledge:evidence']);
    const without: FactBase = { ...facts, events: facts.events.map((e) => ({ ...e, covers: undefined })) };
    expect(atomsOf(without, ['event:policy'])).toEqual(['event:policy']);
    expect(atomsOf(facts, ['event:policy', 'entity:programme'])).toEqual(['event:policy', 'knowledge:evidence', 'entity:programme']);
  });
});

describe('conflict: one item giving another away', () => {
  it('an explanation that names an event and its year gives away the item asking that year', () => {
    const asked = asking('event:summit');
    const giving = item(['entity:hub'], 'What is it for?', { explanation: 'As the 2012 summit adopted its counter terrorism guidelines, the hub grew.' });
    expect(conflict(facts, giving, asked)).toBe(`${giving.id} gives away ${asked.id}`);
    expect(conflict(facts, asked, giving)).toBe(`${giving.id} gives away ${asked.id}`);
  });

  it('needs the year and three of the five words of the label (60 %), not two', () => {
    const asked = asking('event:summit');
    expect(conflict(facts, item(['entity:hub'], 'What is it for?', { explanation: 'In 2012 the summit adopted counter measures.' }), asked)).toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'What is it for?', { explanation: 'In 2012 the summit adopts counter measures.' }), asked)).not.toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'What is it for?', { explanation: 'The summit adopts counter terrorism guidelines.' }), asked)).toBeNull();
  });

  it('needs every word of a subject of two words', () => {
    const asked = asking('event:condemn');
    expect(conflict(facts, item(['entity:hub'], 'Why?', { explanation: 'The council met in 2001.' }), asked)).toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'Why?', { explanation: 'The council condemns the attacks of 2001.' }), asked)).not.toBeNull();
  });

  it('reads the stem, the key, the explanation and every option that names something, never a wrong year, date or number', () => {
    const asked = asking('event:condemn');
    expect(conflict(facts, item(['entity:nso'], 'Which body?', { key: 'the council condemns, 2001' }), asked)).not.toBeNull();
    // A wrong body still tells what its name says ("The 2022 Strategic Concept" tells the Concept's year).
    expect(conflict(facts, item(['entity:nso'], 'Which body?', { wrong: 'the council condemns, 2001' }), asked)).not.toBeNull();
    expect(conflict(facts, item(['entity:nso'], 'Put in order.', { key: 'the council condemns, 2001', layout: 'ordering', type: 'chronological-order' }), asked)).not.toBeNull();
    // A wrong value says only that nothing happened then: it is not read.
    const values = item(['entity:nso'], 'Which number?', { type: 'figure' });
    values.options = [{ id: 'n:5', text: same('5') }, { id: 'n:2001', text: same('the council condemns, 2001') }];
    values.answer = ['n:5'];
    expect(conflict(facts, values, asked)).toBeNull();
  });

  it('a body named with its city, or with most words of its purpose, gives away the item asking either', () => {
    const where = item(['entity:hub'], 'Where is it?', { type: 'location' });
    expect(conflict(facts, item(['event:summit'], 'The Regional Hub in Naples opened.'), where)).not.toBeNull();
    expect(conflict(facts, item(['event:summit'], 'The Regional Hub opened.'), where)).toBeNull();
    // Purpose words: "gather", "information", "southern", "threats": three of four is most of them, two is not.
    expect(conflict(facts, item(['event:summit'], 'The Regional Hub gathers information about southern threats.'), where)).not.toBeNull();
    expect(conflict(facts, item(['event:summit'], 'The Regional Hub has information about threats.'), where)).toBeNull();
    // A name with no long word is read whole: "nso".
    expect(conflict(facts, item(['event:summit'], 'The NSO sits in Brussels.'), item(['entity:nso'], 'Where?', { type: 'location' }))).not.toBeNull();
  });

  it('a figure stated with its words and its number, in digits or in words, gives it away', () => {
    const asked = item(['figure:tasks'], 'Fill in the blank.', { type: 'figure' });
    expect(conflict(facts, item(['entity:hub'], 'It serves the Alliance and its 3 core tasks.'), asked)).not.toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'It serves the Alliance and its three core tasks.'), asked)).not.toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'It serves the Alliance and its core tasks.'), asked)).toBeNull();
  });

  it('reads a figure from two to twelve, fifteen, twenty, thirty or fifty written out, in French as in English', () => {
    const words: Record<number, [string, string]> = { 2: ['deux', 'two'], 3: ['trois', 'three'], 4: ['quatre', 'four'], 5: ['cinq', 'five'], 6: ['six', 'six'], 7: ['sept', 'seven'], 8: ['huit', 'eight'], 9: ['neuf', 'nine'], 10: ['dix', 'ten'], 11: ['onze', 'eleven'], 12: ['douze', 'twelve'], 15: ['quinze', 'fifteen'], 20: ['vingt', 'twenty'], 30: ['trente', 'thirty'], 50: ['cinquante', 'fifty'] };
    for (const [value, [fr, en]] of Object.entries(words)) {
      const base: FactBase = { ...facts, figures: [{ ...given(facts.figures[0]), value: Number(value) }] };
      const asked = item(['figure:tasks'], 'Fill in the blank.', { type: 'figure' });
      const inFrench = { ...item(['entity:hub'], 'Why?'), explanation: { fr: `L’Alliance et ses ${fr} tâches fondamentales.`, en: 'Explained.' } };
      const inEnglish = { ...item(['entity:hub'], 'Why?'), explanation: { fr: 'Expliqué.', en: `The Alliance and its ${en} core tasks.` } };
      expect(conflict(base, inFrench, asked), `${value} ${fr}`).not.toBeNull();
      expect(conflict(base, inEnglish, asked), `${value} ${en}`).not.toBeNull();
      // One more or one less, written out, says nothing of it.
      const other = { ...base, figures: [{ ...given(facts.figures[0]), value: Number(value) + 1 }] };
      expect(conflict(other, inEnglish, item(['figure:tasks'], 'Fill in the blank.', { type: 'figure' })), `${Number(value) + 1} is not ${en}`).toBeNull();
    }
  });

  it('a stem stating the year a date item asks for gives it away, the end of a period included', () => {
    const mission = asking('event:mission');
    expect(conflict(facts, item(['entity:hub'], 'What did the 2016 plan do?'), mission)).not.toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'What did the 2019 review find?'), mission)).not.toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'What did the 2018 review find?'), mission)).toBeNull();
    // Only date items ask for a year: a purpose item on the mission's event is not given away by the year.
    expect(conflict(facts, item(['entity:hub'], 'What did the 2016 plan do?'), item(['event:mission'], 'What is it for?', { type: 'purpose' }))).toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'What did the 2016 plan do?'), item(['event:mission'], 'True or false?', { type: 'true-false' }))).not.toBeNull();
    expect(conflict(facts, item(['entity:hub'], 'What did the 2016 plan do?'), item(['figure:tasks'], 'True or false?', { type: 'true-false' }))).toBeNull();
  });
});

describe('conflict: a text naming the key of an item that asks for a name', () => {
  const askName = (type: Question['type']) => item(['entity:hub'], 'Which structure gathers information about the south?', { type, key: 'the Regional Hub for Southern Threats' });

  it('a wrong option or a stem naming the body a description or a situation asks for gives it away', () => {
    for (const type of ['purpose-reverse', 'scenario'] as const) {
      const asked = askName(type);
      const namer = item(['event:condemn'], 'Which came first?', { type: 'which-first', wrong: 'A plan creates a regional hub for southern threats' });
      expect(conflict(facts, namer, asked), type).toBe(`${namer.id} gives away ${asked.id}`);
      expect(conflict(facts, item(['event:condemn'], 'Set up with the Regional Hub for Southern Threats, what did it do?'), asked), type).not.toBeNull();
    }
  });

  it('needs every content word of the key in both languages, and a key of two or more', () => {
    const asked = askName('purpose-reverse');
    // Two of the key's three content words only: not its name.
    expect(conflict(facts, item(['event:condemn'], 'Which came first?', { wrong: 'Southern threats grow' }), asked)).toBeNull();
    // A key of one content word ("capabilities") is too common to be named by chance.
    const area = item(['entity:nso'], 'Which area?', { type: 'scenario', key: 'capabilities' });
    expect(conflict(facts, item(['event:condemn'], 'Which came first?', { wrong: 'Capabilities grow' }), area)).toBeNull();
    // A purpose item asks for a description, not a name: naming the body there is its stem.
    expect(conflict(facts, item(['event:condemn'], 'Set up with the Regional Hub for Southern Threats?'), item(['entity:hub'], 'What is it for?', { key: 'the Regional Hub for Southern Threats' }))).toBeNull();
  });
});
