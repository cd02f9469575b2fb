/**
 * What a learner reads in questions on figures, on a small fact base written for the purpose:
 * the key is the figure, the wrong numbers are near it and never true given how the source
 * hedges it, and true/false statements show the figure or a number that is clearly not it.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase } from '@/content/course-types';
import { generateQuestionBank } from './generate-quiz';
import type { Question } from './question';

const section = { unitId: 'u', lessonId: 'l', sectionId: 's' };
const same = (text: string) => ({ fr: text, en: text });
const figure = (id: string, value: number, fr: string, en: string) => ({ id, value, statement: { fr, en }, section });

const facts: FactBase = {
  events: [],
  entities: [],
  figures: [
    figure('resolution', 2396, 'La résolution {n} du Conseil de sécurité porte sur les combattants.', 'Security Council resolution {n} deals with fighters.'),
    figure('tasks', 3, 'L’Alliance a {n} tâches fondamentales.', 'The Alliance has {n} core tasks.'),
    figure('crew', 830, 'Quelque {n} membres d’équipage servent.', 'Some {n} crew members serve.'),
    figure('countries', 50, 'Plus de {n} pays y participent.', 'More than {n} countries take part.'),
  ],
  sets: [],
  terms: [],
  lessons: [{ unitId: 'u', lessonId: 'l', title: same('L'), unitTitle: same('U') }],
};

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const banks = SEEDS.map((seed) => generateQuestionBank(facts, { seed }));
const all = (id: string) => banks.map((bank) => bank.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
const numbers = (q: Question) => q.options.map((o) => Number(o.text.en));
const wrongNumbers = (q: Question) => q.options.filter((o) => !q.answer.includes(o.id)).map((o) => Number(o.text.en));
const shown = (q: Question) => Number((q.prompt.en.match(/\d+/) ?? ['NaN'])[0]);

describe('figure questions', () => {
  it('blank the figure in the statement, offer four numbers in ascending order, and key the figure', () => {
    for (const q of all('figure:resolution')) {
      expect(q.prompt.en).toBe('Fill in the blank: Security Council resolution ___ deals with fighters.');
      expect(q.prompt.fr).toContain('La résolution ___ du Conseil');
      expect(numbers(q)).toHaveLength(4);
      expect(numbers(q)).toEqual([...numbers(q)].sort((a, b) => a - b));
      expect(q.options.find((o) => o.id === q.answer[0])?.text).toEqual(same('2396'));
      expect(q.explanation.en).toBe('Security Council resolution 2396 deals with fighters.');
    }
  });

  it('offer wrong numbers near a large figure: within half and one and a half times it, the nearest on each side first', () => {
    const offered = all('figure:resolution').flatMap(wrongNumbers);
    for (const n of offered) expect(n >= 2396 * 0.5 && n <= 2396 * 1.5, String(n)).toBe(true);
    // The key sits anywhere: a number just above it and just below it are both offered over the seeds.
    expect(offered.some((n) => n > 2396 && n < 2500)).toBe(true);
    expect(offered.some((n) => n < 2396 && n > 2300)).toBe(true);
  });

  it('offer a small figure its neighbours, and put the key in every place it can be over the seeds', () => {
    const questions = all('figure:tasks');
    for (const q of questions) for (const n of wrongNumbers(q)) expect(n >= 1 && n <= 7 && n !== 3, String(n)).toBe(true);
    // Below 3 there are only 1 and 2: the key is never last.
    expect(new Set(questions.map((q) => numbers(q).indexOf(3)))).toEqual(new Set([0, 1, 2]));
  });

  it('offer an approximate figure only numbers clearly away from it', () => {
    for (const q of all('figure:crew')) for (const n of wrongNumbers(q)) expect(Math.abs(n - 830), String(n)).toBeGreaterThanOrEqual(830 * 0.3);
  });

  it('are not asked for a “more than” figure, whose key would always come first', () => {
    expect(all('figure:countries')).toEqual([]);
  });
});

describe('true/false statements on figures', () => {
  it('a true statement shows the figure, a false one another number, and the explanation the figure', () => {
    for (const q of all('true-false:figure:tasks:true')) {
      expect(q.prompt.en).toBe('True or false? The Alliance has 3 core tasks.');
      expect(q.answer).toEqual(['true']);
    }
    const falses = all('true-false:figure:tasks:false');
    expect(falses).toHaveLength(SEEDS.length);
    for (const q of falses) {
      expect(q.answer).toEqual(['false']);
      expect(shown(q)).not.toBe(3);
      expect(q.prompt.fr).toContain(`L’Alliance a ${shown(q)} tâches fondamentales.`);
      expect(q.explanation.en).toContain('The Alliance has 3 core tasks.');
    }
  });

  it('a false statement of an approximate figure shows a number far from it; a “more than” figure is never stated false, so not stated at all', () => {
    for (const q of all('true-false:figure:crew:false')) expect(Math.abs(shown(q) - 830)).toBeGreaterThanOrEqual(830 * 0.3);
    expect(all('true-false:figure:crew:true')).toHaveLength(SEEDS.length);
    // A statement that could only be true would teach "always answer true".
    expect(all('true-false:figure:countries:true')).toEqual([]);
    expect(all('true-false:figure:countries:false')).toEqual([]);
  });
});
