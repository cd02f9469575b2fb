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
