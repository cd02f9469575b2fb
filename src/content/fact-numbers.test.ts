import { describe, expect, it } from 'vitest';
import { textStatesNumber } from './fact-numbers.ts';

describe('textStatesNumber', () => {
  it('finds numbers in digits, not inside other numbers', () => {
    expect(textStatesNumber('830 membres d’équipage', 830, 'fr')).toBe(true);
    expect(textStatesNumber('plus de 360 sorties', 36, 'fr')).toBe(false);
    expect(textStatesNumber('la résolution 2396', 2396, 'fr')).toBe(true);
    expect(textStatesNumber('en 2013', 13, 'en')).toBe(false);
  });

  it('finds numbers written in words, in the lesson language', () => {
    expect(textStatesNumber('Onze organismes publics', 11, 'fr')).toBe(true);
    expect(textStatesNumber('Eleven public bodies', 11, 'en')).toBe(true);
    expect(textStatesNumber('une cinquantaine de pays', 50, 'fr')).toBe(true);
    expect(textStatesNumber('the third edition', 3, 'en')).toBe(true);
    expect(textStatesNumber('Onze organismes', 11, 'en')).toBe(false);
    expect(textStatesNumber('dixième', 10, 'fr')).toBe(true);
    expect(textStatesNumber('dix-huit', 10, 'fr')).toBe(false);
  });
});
