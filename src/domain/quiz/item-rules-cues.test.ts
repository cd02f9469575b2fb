/**
 * The cue rules on items written by hand (no course needed): which words count as initials,
 * and which items the stem-word rule leaves alone because no option can be told by a word.
 */
import { describe, expect, it } from 'vitest';
import type { FactBase, LocalizedText } from '@/content/course-types';
import { ITEM_RULES, lintItem } from './item-rules';
import type { Question } from './question';

const section = { unitId: 'u', lessonId: 'l', sectionId: 's' };
const same = (text: string): LocalizedText => ({ fr: text, en: text });
const facts: FactBase = { events: [], entities: [], figures: [], sets: [], terms: [], lessons: [{ unitId: 'u', lessonId: 'l', title: same('L'), unitTitle: same('U') }] };
const rule = (name: string) => ITEM_RULES.filter((r) => r.name === name);
const item = (prompt: string, options: string[], extra: Partial<Question> = {}): Question => ({
  id: 'purpose-reverse:x',
  type: 'purpose-reverse',
  layout: 'shuffled',
  prompt: same(prompt),
  options: options.map((text, i) => ({ id: `x:o${i}`, text: same(text) })),
  answer: ['x:o0'],
  explanation: same('Explained.'),
  facts: [],
  source: section,
  sources: [section],
  ...extra,
});

describe('no-initials-cue', () => {
  it('reads the initials of capitalised words and of lower-case words of four letters or more', () => {
    const q = item('Which body runs the TFLO?', ['Task force land operations', 'Joint planning staff', 'Regional security office']);
    expect(lintItem(q, facts, rule('no-initials-cue')).map((v) => v.reason)).toEqual(['fr: only the key\'s initials spell TFLO', 'en: only the key\'s initials spell TFLO']);
    // "of" and "the" are not initials: "Office of the Director General" spells ODG.
    const odg = item('Which office is the ODG?', ['Office of the Director General', 'Joint planning staff', 'Regional security office']);
    expect(lintItem(odg, facts, rule('no-initials-cue'))).toHaveLength(2);
    const short = item('Which body runs the TFLAO?', ['Task force and air operations', 'Joint planning staff', 'Regional security office']);
    expect(lintItem(short, facts, rule('no-initials-cue'))).toEqual([]);
  });
});

describe('stem-words-in-key-only', () => {
  const echo = (layout: Question['layout'], type: Question['type'], answer: string[]) =>
    item('Which came first, the training mission or the partnership?', ['The training mission starts', 'A summit meets', 'A council decides'].slice(0, answer.length > 1 ? 3 : 2), { layout, type, answer });

  it('flags a key alone repeating a word of the stem among three options or more', () => {
    const q = item('Which programme trains bomb disposal experts?', ['Training for bomb disposal experts', 'Funding scientific research', 'Coordinating drone defences']);
    expect(lintItem(q, facts, rule('stem-words-in-key-only')).map((v) => v.reason)).toEqual(['fr: only the key repeats “disposal”, “experts” from the stem', 'en: only the key repeats “disposal”, “experts” from the stem']);
  });

  it('leaves alone two-option items and orderings, where no option can be picked by a word', () => {
    expect(lintItem(echo('shuffled', 'which-first', ['x:o0']), facts, rule('stem-words-in-key-only'))).toEqual([]);
    expect(lintItem(echo('ordering', 'chronological-order', ['x:o0', 'x:o1', 'x:o2']), facts, rule('stem-words-in-key-only'))).toEqual([]);
  });
});

describe('homogeneous-length', () => {
  const lengths = (q: Question) => lintItem(q, facts, rule('homogeneous-length')).map((v) => v.reason);

  it('flags a key longest "by a little" over each option but far over the set: the mean, not the nearest, is the measure', () => {
    // Key 68 characters; the others 37, 41 and 55: the nearest is 0.81 of it, their mean 0.65.
    const q = item('What is the exercise for?', ['To test each year the capabilities for countering roadside bombs now', 'To clear harbours of mines in a group', 'To train the trainers of first responders', 'To track and classify drones over an area with AI tools']);
    expect(lengths(q)).toEqual(['fr: the key (68 characters) is far the longest (the others 44 on average)', 'en: the key (68 characters) is far the longest (the others 44 on average)']);
  });

  it('flags a key far the shortest in one language only, and leaves a key of the set’s length alone', () => {
    const q = item('What is the exercise for?', ['To test drones', 'To clear harbours of mines in a multinational group', 'To train the trainers of first responders', 'To share intelligence between the Allies']);
    q.options[0] = { id: 'x:o0', text: { fr: 'Tester chaque année les moyens de contrer les drones', en: 'To test drones' } };
    expect(lengths(q)).toEqual(['en: the key (14 characters) is far the shortest (the others 44 on average)']);
    const even = item('What is the exercise for?', ['To test the means of countering drones', 'To clear harbours of mines in a group', 'To train the trainers of first responders', 'To share intelligence between Allies']);
    expect(lengths(even)).toEqual([]);
  });
});
