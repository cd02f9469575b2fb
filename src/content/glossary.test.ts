import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './course-types.ts';
import { createTermScanner, normalizeForComparison } from './glossary.ts';

const term = (id: string, abbr: string): GlossaryTerm => ({ id, abbr, expansion: id, definition: id, wellKnown: false });
const scan = createTermScanner([term('coe', 'COE'), term('coe-dat', 'COE-DAT'), term('edt', 'TE/TR'), term('nato', 'OTAN'), term('pfp', 'PfP')]);

describe('createTermScanner', () => {
  it('prefers the longest term and keeps compound words apart', () => {
    expect(scan('Le COE-DAT et le COE de l’OTAN-ICI').parts.filter((p) => p.kind === 'term').map((p) => p.value)).toEqual([
      'COE-DAT',
      'COE',
      'OTAN',
    ]);
    expect(scan('OTAN-ICI').unknown).toEqual(['ICI']);
  });

  it('finds terms with slashes and mixed case', () => {
    expect(scan('les TE/TR et le PfP').parts.filter((p) => p.kind === 'term').map((p) => p.value)).toEqual(['TE/TR', 'PfP']);
  });

  it('never finds a term inside a longer word', () => {
    expect(scan('COEUR OTANS').parts).toEqual([{ kind: 'text', value: 'COEUR OTANS' }]);
    expect(scan('COEUR OTANS').unknown).toEqual(['COEUR', 'OTANS']);
  });

  it('gives back the text it was given, whatever it is', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('COE', 'COE-DAT', 'TE/TR', 'OTAN', ' ', '-', '’', 'é'), fc.string()), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(scan(text).parts.map((part) => part.value).join('')).toBe(text);
      }),
    );
  });

  it('finds every term placed between spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('COE', 'COE-DAT', 'TE/TR', 'OTAN', 'PfP', 'le', 'la', '2004'), { maxLength: 10 }), (words) => {
        const found = scan(words.join(' ')).parts.filter((p) => p.kind === 'term').map((p) => p.value);
        expect(found).toEqual(words.filter((w) => !['le', 'la', '2004'].includes(w)));
      }),
    );
  });
});

describe('normalizeForComparison', () => {
  it('folds case, apostrophes, quotes and spaces', () => {
    expect(normalizeForComparison('L’Unité  de « liaison »')).toBe(normalizeForComparison("l'unité de \"liaison\""));
  });
});
