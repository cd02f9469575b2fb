import { describe, expect, it } from 'vitest';
import { parseFactDate, textStatesDate } from './fact-dates.ts';

describe('textStatesDate', () => {
  it('needs the year for a year', () => {
    expect(textStatesDate('approuvé en 2004 à Istanbul', parseFactDate('2004'), 'fr')).toBe(true);
    expect(textStatesDate('approuvé en 20045', parseFactDate('2004'), 'fr')).toBe(false);
  });

  it('needs the month name for a month', () => {
    expect(textStatesDate('en mai 2012, à Chicago', parseFactDate('2012-05'), 'fr')).toBe(true);
    expect(textStatesDate('In May 2012 in Chicago', parseFactDate('2012-05'), 'en')).toBe(true);
    expect(textStatesDate('en juin 2012', parseFactDate('2012-05'), 'fr')).toBe(false);
  });

  it('needs day and month together for a day, ranges and the French 1er included', () => {
    expect(textStatesDate('le 12 septembre 2001', parseFactDate('2001-09-12'), 'fr')).toBe(true);
    expect(textStatesDate('13-14 September 2001', parseFactDate('2001-09-13'), 'en')).toBe(true);
    expect(textStatesDate('le 1er janvier 2015', parseFactDate('2015-01-01'), 'fr')).toBe(true);
    expect(textStatesDate('on 1 January 2015', parseFactDate('2015-01-01'), 'en')).toBe(true);
    expect(textStatesDate('les 27 et 28 novembre 2025', parseFactDate('2025-11-27'), 'fr')).toBe(true);
    expect(textStatesDate('on 27 and 28 November 2025', parseFactDate('2025-11-27'), 'en')).toBe(true);
    expect(textStatesDate('du 9 au 11 juillet 2024', parseFactDate('2024-07-09'), 'fr')).toBe(true);
    expect(textStatesDate('9–11 July 2024', parseFactDate('2024-07-09'), 'en')).toBe(true);
    expect(textStatesDate('du 8 au 11 juillet 2024', parseFactDate('2024-07-09'), 'fr')).toBe(false);
    expect(textStatesDate('le 2 septembre 2001', parseFactDate('2001-09-12'), 'fr')).toBe(false);
    expect(textStatesDate('12 octobre 2001 puis septembre', parseFactDate('2001-09-12'), 'fr')).toBe(false);
  });
});
