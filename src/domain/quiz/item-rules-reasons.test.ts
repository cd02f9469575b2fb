/**
 * Each reason an item rule gives, on an item of the bank changed in that one way, and the
 * nearest sound item it must let through (a boundary just inside the rule). item-rules.test.ts
 * proves each rule rejects one bad item; this file proves each of its clauses does.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase, FactEvent, LocalizedText } from '@/content/course-types';
import { compileRealCourse } from '../../../scripts/course-files';
import { askedAgain, bankLookups, given } from '../../../scripts/test-bank';
import { trueFalse } from './event-candidates';
import { generateQuestionBank } from './generate-quiz';
import { lintItem } from './item-rules';
import type { Option, Question } from './question';

// (The fixtures start from items on the core tasks, resolution 1540 and the Madrid Concept's
// year, which the real bank leaves out as general knowledge or trivia: see askedAgain.)
const facts: FactBase = askedAgain(compileRealCourse().facts, { figures: ['core-tasks', 'resolution-1540'], events: ['madrid-strategic-concept', 'madrid-concept-adopted', 'strategic-concept-governance-link'] });
const bank = generateQuestionBank(facts, { seed: 3 });
const same = (text: string): LocalizedText => ({ fr: text, en: text });

const { question, firstOf } = bankLookups(bank);
const event = (id: string, base: FactBase = facts): FactEvent => given(base.events.find((e) => e.id === id), id);
/** The reasons one rule gives for an item. */
const reasons = (rule: string, q: Question, base: FactBase = facts) => lintItem(q, base).filter((v) => v.rule === rule).map((v) => v.reason);
const keyOf = (q: Question) => given(q.options.find((o) => o.id === q.answer[0]), 'key');
const idAfter = (optionId: string) => optionId.slice(optionId.indexOf(':') + 1);
const wrongOf = (q: Question, index = 0) => given(q.options.filter((o) => !q.answer.includes(o.id))[index], 'a distractor');
const replace = (text: LocalizedText, from: string | RegExp, to: string): LocalizedText => ({ fr: text.fr.replace(from, to), en: text.en.replace(from, to) });
/** A false statement about an event, as the generator words one: the date shown, then the label. */
const falseEventStatement = (e: FactEvent, shown: string): Question => ({
  ...question('true-false:event:special-coordinator-post:false'),
  id: `true-false:event:${e.id}:false`,
  facts: [`event:${e.id}`],
  source: e.section,
  sources: [e.section],
  prompt: { fr: `Vrai ou faux ? ${shown} : ${e.label.fr}`, en: `True or false? ${shown}: ${e.label.en}` },
  explanation: { fr: `C’est inexact. ${e.date.year} : ${e.label.fr}`, en: `That is wrong. ${e.date.year}: ${e.label.en}` },
});
/**
 * A true statement of a figure the generator makes none of (a "more than" figure, one that names):
 * what the rules must judge if one were made.
 */
const figureStatement = (figureId: string): Question => {
  const figure = given(facts.figures.find((f) => f.id === figureId), figureId);
  const statement = { fr: figure.statement.fr.replace('{n}', String(figure.value)), en: figure.statement.en.replace('{n}', String(figure.value)) };
  return { id: `true-false:figure:${figure.id}:true`, type: 'true-false', facts: [`figure:${figure.id}`], source: figure.section, sources: [figure.section], ...trueFalse(statement, true, statement) };
};
/** An event-year item on an event, with these years as options (the first one keyed). */
const eventYear = (e: FactEvent, key: number, wrong: number[]): Question => ({
  ...question('event-year:special-coordinator-post'),
  id: `event-year:${e.id}`,
  facts: [`event:${e.id}`],
  source: e.section,
  sources: [e.section],
  options: [key, ...wrong].sort((a, b) => a - b).map((y) => ({ id: `y:${y}`, text: same(String(y)) })),
  answer: [`y:${key}`],
  explanation: same(`${e.date.year}: ${e.label.en}`),
});
/** A purpose item whose options have exactly these lengths (the first keyed), to test the length rule. */
function withLengths(key: number, others: number[]): Question {
  const q = firstOf('purpose');
  const options: Option[] = [key, ...others].map((length, i) => ({ id: `x:option-${i}`, text: same(String.fromCharCode(97 + i).repeat(length)) }));
  return { ...q, options, answer: ['x:option-0'] };
}

describe('one-key', () => {
  it('names two options with one id, an ordering that leaves an option out, and a key that is no option', () => {
    const twice = firstOf('purpose');
    given(twice.options[1], 'option').id = given(twice.options[0], 'option').id;
    expect(reasons('one-key', twice)).toContain('two options share an id');
    const order = firstOf('chronological-order');
    expect(reasons('one-key', { ...order, answer: order.answer.slice(0, -1) })).toEqual(['the order does not list every option once']);
    expect(reasons('one-key', { ...order, answer: [...order.answer].reverse() })).toEqual([]);
    expect(reasons('one-key', { ...firstOf('purpose'), answer: ['x:nobody'] })).toEqual(['keyed 1 options, or a key that is not an option']);
    expect(reasons('one-key', { ...firstOf('purpose'), answer: [] })).toEqual(['keyed 0 options, or a key that is not an option']);
  });
});

describe('distinct-options', () => {
  it('compares numbers as numbers: 3 and 13 are two answers, two options of one year are one', () => {
    const figure = question('figure:core-tasks');
    wrongOf(figure, 2).id = 'n:13';
    wrongOf(figure, 2).text = same('13');
    expect(reasons('distinct-options', figure)).toEqual([]);
    const years = question('event-year:special-coordinator-post');
    Object.assign(wrongOf(years), structuredClone(keyOf(years)));
    expect(reasons('distinct-options', years)).toEqual(['“2023” and “2023” overlap']);
  });
});

describe('homogeneous-length', () => {
  const flagged = (what: 'longest' | 'shortest', key: number, mean: number) => (['fr', 'en'] as const).map((lang) => `${lang}: the key (${key} characters) is far the ${what} (the others ${mean} on average)`);

  it('flags a key the longest and at least half again the others’ mean, 12 characters over it, not one a character short of either', () => {
    expect(reasons('homogeneous-length', withLengths(32, [20, 20]))).toEqual(flagged('longest', 32, 20));
    expect(reasons('homogeneous-length', withLengths(31, [20, 20]))).toEqual([]);
    expect(reasons('homogeneous-length', withLengths(60, [40, 40, 40]))).toEqual(flagged('longest', 60, 40));
    expect(reasons('homogeneous-length', withLengths(59, [40, 40, 40]))).toEqual([]);
    // Longest by a little over the next, but far over the set: the cue test-wise learners use.
    expect(reasons('homogeneous-length', withLengths(60, [55, 35, 30]))).toEqual(flagged('longest', 60, 40));
  });

  it('flags a key the shortest and at most two thirds of the others’ mean, 12 characters under it, not one a character long of either', () => {
    expect(reasons('homogeneous-length', withLengths(20, [40, 60, 50]))).toEqual(flagged('shortest', 20, 50));
    expect(reasons('homogeneous-length', withLengths(33, [40, 60, 50]))).toEqual(flagged('shortest', 33, 50));
    expect(reasons('homogeneous-length', withLengths(34, [40, 60, 50]))).toEqual([]);
    expect(reasons('homogeneous-length', withLengths(8, [20, 20]))).toEqual(flagged('shortest', 8, 20));
    expect(reasons('homogeneous-length', withLengths(9, [20, 20]))).toEqual([]);
  });

  it('leaves alone two-option items and options in a fixed order', () => {
    expect(reasons('homogeneous-length', withLengths(60, [20]))).toEqual([]);
    expect(reasons('homogeneous-length', { ...withLengths(60, [20, 20, 20]), layout: 'ascending' })).toEqual([]);
  });
});

describe('cues in the stem', () => {
  it('no-initials-cue lets an acronym through when a wrong option spells it too', () => {
    const q = firstOf('purpose-reverse');
    q.prompt = { fr: `${q.prompt.fr} (TKO)`, en: `${q.prompt.en} (TKO)` };
    keyOf(q).text = same('Thessaloniki Key Office');
    expect(reasons('no-initials-cue', q)).toEqual(['fr: only the key\'s initials spell TKO', 'en: only the key\'s initials spell TKO']);
    wrongOf(q).text = same('Tallinn Knowledge Organisation');
    expect(reasons('no-initials-cue', q)).toEqual([]);
  });

  it('stem-words-in-key-only lets a stem word through when a wrong option repeats it too', () => {
    const q = firstOf('purpose');
    q.prompt = { fr: `${q.prompt.fr} Pensez aux frontières maritimes.`, en: `${q.prompt.en} Think of maritime borders.` };
    const key = keyOf(q);
    key.text = { fr: `${key.text.fr} aux frontières maritimes`, en: `${key.text.en} at maritime borders` };
    expect(reasons('stem-words-in-key-only', q).map((r) => r.slice(0, 3))).toEqual(['fr:', 'en:']);
    const wrong = wrongOf(q);
    wrong.text = { fr: `${wrong.text.fr} aux frontières maritimes`, en: `${wrong.text.en} at maritime borders` };
    expect(reasons('stem-words-in-key-only', q)).toEqual([]);
  });

  it('answer-not-in-stem flags a stem showing the keyed number, even a short one', () => {
    const q = question('figure:core-tasks');
    expect(reasons('answer-not-in-stem', q)).toEqual([]);
    q.prompt = { fr: `${q.prompt.fr} (indice : 3)`, en: `${q.prompt.en} (hint: 3)` };
    expect(reasons('answer-not-in-stem', q)).toEqual(['fr: the stem shows the key\'s number', 'en: the stem shows the key\'s number']);
  });

  it('answer-not-in-stem flags a stem holding a short key (a resolution’s number), and a stem showing the year of a keyed date', () => {
    const q = question('figure:resolution-1540');
    expect(reasons('answer-not-in-stem', q)).toEqual([]);
    expect(reasons('answer-not-in-stem', { ...q, prompt: { fr: `${q.prompt.fr} (1540)`, en: `${q.prompt.en} (1540)` } })).toEqual(['fr: the stem contains the key “1540”', 'en: the stem contains the key “1540”']);
    const date = question('event-date:eight-support-measures');
    expect(reasons('answer-not-in-stem', { ...date, prompt: { fr: `${date.prompt.fr} (en 2001)`, en: `${date.prompt.en} (in 2001)` } })).toEqual(['fr: the stem shows the key\'s number', 'en: the stem shows the key\'s number']);
  });
});

describe('no-date-cue', () => {
  it('flags a year in the stem of a date item, and a date in an option of an event item', () => {
    const year = question('event-year:special-coordinator-post');
    year.prompt = replace(year.prompt, '»', '(2001) »');
    year.prompt.en = year.prompt.en.replace('”', ' (2001)”');
    expect(reasons('no-date-cue', year)).toEqual(['fr: the stem states a date', 'en: the stem states a date']);
    const happened = question('date-event:special-coordinator-post');
    wrongOf(happened).text = { fr: `${wrongOf(happened).text.fr} en 2005`, en: `${wrongOf(happened).text.en} in 2005` };
    expect(reasons('no-date-cue', happened)).toEqual(['fr: an option states a date', 'en: an option states a date']);
  });

  it('flags a true-false statement on an event whose label carries a date of its own', () => {
    const q = question('true-false:event:special-coordinator-post:true');
    expect(reasons('no-date-cue', q)).toEqual([]);
    const dated = structuredClone(facts);
    const label = event('special-coordinator-post', dated).label;
    label.fr = `En 2001, ${label.fr}`;
    label.en = `In 2001, ${label.en}`;
    expect(reasons('no-date-cue', q, dated)).toEqual(['fr: the statement\'s label states a date of its own', 'en: the statement\'s label states a date of its own']);
  });
});

describe('false-is-false', () => {
  it('rejects a period or a year-only event made false by moving its date', () => {
    const period = event('russia-ukraine-solidarity');
    expect(reasons('false-is-false', falseEventStatement(period, '13 September 2004'))).toEqual(['a period is made false by moving its dates']);
    const yearOnly = event('active-endeavour-mediterranean');
    expect(yearOnly.lasting).toBeFalsy();
    expect(reasons('false-is-false', falseEventStatement(yearOnly, String(yearOnly.date.year + 3)))).toEqual(['a year-only event may be a state: its date is not moved']);
  });

  it('rejects a false statement keeping the true year, or showing the year of the same series’ other event', () => {
    const attacks = event('september-11-attacks');
    expect(reasons('false-is-false', falseEventStatement(attacks, '11 September 2004'))).toEqual([]);
    expect(reasons('false-is-false', falseEventStatement(attacks, '12 September 2001'))).toEqual(['the false statement keeps the true year']);
    // The series of two courses in Kuwait (2021, 2023), given a month so its date could be moved.
    const dated = structuredClone(facts);
    const later = event('kuwait-courses-2023', dated);
    later.date = { year: 2023, month: 5 };
    expect(reasons('false-is-false', falseEventStatement(later, 'May 2021'), dated)).toEqual(['the false year is the year of the same series’ other event']);
    expect(reasons('false-is-false', falseEventStatement(later, 'May 2019'), dated)).toEqual([]);
  });

  it('rejects a false number that is the true one, or absent, or near a hedged figure, or above a “more than” figure', () => {
    const core = question('true-false:figure:core-tasks:false');
    expect(reasons('false-is-false', core)).toEqual([]);
    expect(reasons('false-is-false', { ...core, prompt: replace(core.prompt, /6\.$/, '3.') })).toEqual(['the false statement shows the true number']);
    expect(reasons('false-is-false', { ...core, prompt: replace(core.prompt, /6\.$/, 'several.') })).toEqual(['the false statement shows the true number']);
    // About 30 accredited centres: 39 is far enough from it to be false, 38 is not.
    const coes = question('true-false:figure:accredited-coes:false');
    const shown = (n: number) => ({ ...coes, prompt: replace(coes.prompt, /\d+(?=\D*$)/, String(n)) });
    expect(reasons('false-is-false', shown(39))).toEqual([]);
    expect(reasons('false-is-false', shown(38))).toEqual(['a hedged figure is made false by a number near it']);
    // The sentence's own numbers (11 September 2001) are not the number shown: a false statement needs one of its own.
    const attacks = figureStatement('al-qaida-attacks');
    expect(reasons('false-is-false', { ...attacks, id: 'true-false:figure:al-qaida-attacks:false', answer: ['false'], prompt: replace(attacks.prompt, /\b4\b/, 'several') })).toEqual(['the false statement shows the true number']);
    expect(reasons('false-is-false', { ...attacks, id: 'true-false:figure:al-qaida-attacks:false', answer: ['false'], prompt: replace(attacks.prompt, /\b4\b/, '6') })).toEqual([]);
    const above = figureStatement('coe-dat-countries');
    expect(reasons('false-is-false', { ...above, id: 'true-false:figure:coe-dat-countries:false', answer: ['false'], prompt: replace(above.prompt, '50', '90') })).toEqual(['a “more than” figure cannot be shown false by a larger number']);
  });

  it('rejects a false place that is the true city', () => {
    const q = question('true-false:location:regional-hub-south:false');
    expect(reasons('false-is-false', q)).toEqual([]);
    expect(reasons('false-is-false', { ...q, prompt: replace(q.prompt, /Mons \((Belgique|Belgium)\)/, 'Naples (Italy)') })).toEqual(['the false statement names the true city']);
  });
});

describe('no-second-answer', () => {
  it('event-year: a year of the period, of the same series, or just outside the period', () => {
    const transition = event('isaf-transition'); // 2011–2014
    expect(reasons('no-second-answer', eventYear(transition, 2011, [2009, 2014, 2015]))).toEqual(['2014 lies within the event']);
    expect(reasons('no-second-answer', eventYear(transition, 2011, [2009, 2010, 2015]))).toEqual([]);
    const courses = event('kuwait-courses-2021');
    expect(reasons('no-second-answer', eventYear(courses, 2021, [2019, 2023, 2025]))).toEqual(['2023 is the year of the same series']);
  });

  it('event-date: a wrong date overlapping the event', () => {
    const q = question('event-date:eight-support-measures');
    expect(reasons('no-second-answer', q)).toEqual([]);
    Object.assign(wrongOf(q), { id: 'd:2001-10', text: { fr: 'octobre 2001', en: 'October 2001' } });
    expect(reasons('no-second-answer', q)).toEqual(['October 2001 overlaps the event']);
  });

  it('date-event: a wrong option that is no event, or a lasting state still true on that date', () => {
    const q = question('date-event:special-coordinator-post');
    expect(reasons('no-second-answer', q)).toEqual([]);
    wrongOf(q).id = 'e:no-such-event';
    const concept = event('strategic-concept-1999');
    Object.assign(wrongOf(q, 1), { id: `e:${concept.id}`, text: concept.label });
    expect(reasons('no-second-answer', q)).toEqual(['e:no-such-event is not an event', `“${concept.label.en}” was still true then`]);
  });

  it('which-first and chronological-order: a key that is not the earlier, an order that is not the order in time', () => {
    const first = question('which-first:strategic-concept-1999:september-11-attacks');
    expect(reasons('no-second-answer', { ...first, answer: ['e:september-11-attacks'] })).toEqual(['the two events overlap, or the key is not earlier']);
    expect(reasons('no-second-answer', { ...first, answer: ['e:no-such-event'] })).toEqual(['not two events']);
    const order = firstOf('chronological-order');
    const swapped = [order.answer[1], order.answer[0], ...order.answer.slice(2)] as string[];
    expect(reasons('no-second-answer', { ...order, answer: swapped })).toEqual(['the keyed order is not strict in time']);
  });

  it('purpose and location: a body with the same purpose, a body with no purpose, a body in the same city', () => {
    const q = firstOf('purpose');
    const owner = given(facts.entities.find((e) => q.facts.includes(`entity:${e.id}`)), 'the body asked about');
    const twin = idAfter(wrongOf(q).id);
    const twins = structuredClone(facts);
    given(twins.entities.find((e) => e.id === twin), twin).purpose = structuredClone(owner.purpose);
    expect(reasons('no-second-answer', q, twins)).toEqual([`x:${twin} has the same purpose`]);
    const purposeless = given(facts.entities.find((e) => !e.purpose), 'an entity with no purpose');
    wrongOf(q, 1).id = `x:${purposeless.id}`;
    expect(reasons('no-second-answer', q)).toEqual([`x:${purposeless.id} has no purpose of its own`]);
    const where = question('location:regional-hub-south');
    expect(reasons('no-second-answer', where)).toEqual([]);
    const neighbour = structuredClone(facts);
    const moved = given(neighbour.entities.find((e) => e.id === idAfter(wrongOf(where).id)), 'a body elsewhere');
    const naples = given(facts.entities.find((e) => e.id === 'regional-hub-south')?.location, 'Naples');
    moved.location = structuredClone(naples);
    expect(reasons('no-second-answer', where, neighbour)).toEqual([`${wrongOf(where).text.en} is the same city`]);
  });

  it('figure: a wrong option equal to the figure, or near a hedged one', () => {
    // Keyed on 4 when the course says 3: the true number is then among the wrong options.
    const miskeyed = { ...question('figure:core-tasks'), answer: ['n:4'] };
    expect(reasons('no-second-answer', miskeyed)).toEqual(['a wrong option is the number']);
    const hedged = question('figure:accredited-coes');
    expect(reasons('no-second-answer', hedged)).toEqual([]);
    Object.assign(wrongOf(hedged), { id: 'n:38', text: same('38') });
    expect(reasons('no-second-answer', hedged)).toEqual(['38 is near the approximate 30']);
    Object.assign(wrongOf(hedged), { id: 'n:39', text: same('39') });
    expect(reasons('no-second-answer', hedged)).toEqual([]);
  });

  it('figure: a “more than” figure asked as a fill-in, and a wrong option it makes true', () => {
    const figure = given(facts.figures.find((f) => f.id === 'coe-dat-countries'), 'figure');
    const q: Question = { ...question('figure:core-tasks'), id: `figure:${figure.id}`, facts: [`figure:${figure.id}`], source: figure.section, sources: [figure.section], options: [20, 50, 80, 120].map((n) => ({ id: `n:${n}`, text: same(String(n)) })), answer: ['n:50'] };
    expect(reasons('no-second-answer', q)).toEqual(['“more than 50” makes 20 true too', 'a “more than” figure as a fill-in always has the key first']);
  });

  it('set-member and scenario: a wrong option that is in the list, or says what the key says', () => {
    const list = firstOf('set-member');
    const set = given(facts.sets.find((s) => list.facts.includes(`set:${s.id}`)), 'set');
    const member = given(set.members.find((m) => m.en !== keyOf(list).text.en), 'another member');
    wrongOf(list).text = structuredClone(member);
    expect(reasons('no-second-answer', list)).toEqual([`“${member.en}” is in the list`]);
    const scenario = firstOf('scenario');
    expect(reasons('no-second-answer', scenario)).toEqual([]);
    wrongOf(scenario).text = structuredClone(keyOf(scenario).text);
    expect(reasons('no-second-answer', scenario)).toEqual([`“${keyOf(scenario).text.en}” says what the key says`]);
  });
});

describe('true-explanation', () => {
  const without = (q: Question, what: string | RegExp, lang: 'fr' | 'en' = 'en') => ({ ...q, explanation: { ...q.explanation, [lang]: q.explanation[lang].replace(what, '') } });

  it('names an empty explanation, and one without the event’s year or the figure', () => {
    const year = question('event-year:special-coordinator-post');
    expect(reasons('true-explanation', { ...year, explanation: { fr: year.explanation.fr, en: ' ' } })).toEqual(['en: no explanation', 'en: the explanation does not give the event\'s year']);
    expect(reasons('true-explanation', without(year, '2023', 'fr'))).toEqual(['fr: the explanation does not give the event\'s year']);
    expect(reasons('true-explanation', without(question('figure:core-tasks'), /3\.$/))).toEqual(['en: the explanation does not give the number']);
  });

  it('names an explanation without the purpose, the city, or the list item keyed', () => {
    const purpose = firstOf('purpose');
    expect(reasons('true-explanation', { ...purpose, explanation: same('A programme.') })).toEqual(['fr: the explanation does not state the purpose', 'en: the explanation does not state the purpose']);
    const where = question('location:regional-hub-south');
    expect(reasons('true-explanation', without(where, 'Naples'))).toEqual(['en: the explanation does not name the city']);
    const statement = question('true-false:location:regional-hub-south:false');
    expect(reasons('true-explanation', without(statement, 'Naples'))).toEqual(['en: the explanation does not name the city']);
    const list = firstOf('set-member');
    // The explanation quotes the key, in lower case inside the sentence.
    const keyText = new RegExp(keyOf(list).text.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    expect(reasons('true-explanation', without(list, keyText))).toEqual(['en: the explanation does not name the key']);
  });

  it('names a scenario whose wrong option has no reason given', () => {
    const scenario = firstOf('scenario');
    expect(reasons('true-explanation', scenario)).toEqual([]);
    const unexplained = wrongOf(scenario).id;
    const rationales = Object.fromEntries(Object.entries(scenario.rationales ?? {}).filter(([id]) => id !== unexplained));
    expect(reasons('true-explanation', { ...scenario, rationales })).toEqual(['fr: a wrong option has no reason', 'en: a wrong option has no reason']);
  });
});

describe('same-in-both-languages and sources-listed', () => {
  it('names an option whose numbers differ between languages, and an empty text', () => {
    const q = question('figure:core-tasks');
    wrongOf(q).text = { fr: wrongOf(q).text.fr, en: '7' };
    keyOf(q).text = { fr: keyOf(q).text.fr, en: '' };
    // Options n:1, n:3 (the key), n:4, n:6.
    expect(reasons('same-in-both-languages', q)).toEqual(['option n:1 differs in numbers: “1” / “7”', 'option n:3 differs in numbers: “3” / “”', 'en: an empty text']);
  });

  it('names sources that do not start with the item’s own, name no lesson, or leave out a section it relies on', () => {
    const q = question('which-first:strategic-concept-1999:september-11-attacks');
    const [own, other] = [given(q.sources?.[0], 'own'), given(q.sources?.[1], 'other')];
    expect(reasons('sources-listed', { ...q, sources: [other, own] })).toEqual(['its source is not the first of its sources']);
    expect(reasons('sources-listed', { ...q, sources: [own, other, { unitId: 'nowhere', lessonId: 'nothing', sectionId: 's' }] })).toEqual(['nowhere/nothing is not a lesson']);
    expect(reasons('sources-listed', { ...q, sources: [own] })).toEqual(['the section teaching event:september-11-attacks is not among its sources']);
    expect(reasons('sources-listed', { ...q, sources: [own, { ...other, sectionId: 'elsewhere' }] })).toEqual(['the section teaching event:september-11-attacks is not among its sources']);
    // An item on a body, a figure or a list, filed under another section than the one teaching its fact.
    for (const item of [firstOf('purpose'), question('figure:core-tasks'), firstOf('set-member')]) {
      const elsewhere = { ...item.source, sectionId: 'elsewhere' };
      expect(reasons('sources-listed', { ...item, source: elsewhere, sources: [elsewhere] }), item.id).toEqual([`the section teaching ${item.facts[0] ?? ''} is not among its sources`]);
    }
  });
});
