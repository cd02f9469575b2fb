import { describe, expect, it } from 'vitest';
import { parseFactDate } from '@/content/fact-dates';
import { formatFactDate } from './format-fact-date';

const d = parseFactDate;

describe('formatFactDate', () => {
  it('writes each precision as the lessons do', () => {
    expect(formatFactDate(d('1999'), 'fr')).toBe('1999');
    expect(formatFactDate(d('2012-05'), 'fr')).toBe('Mai 2012');
    expect(formatFactDate(d('2012-05'), 'en')).toBe('May 2012');
    expect(formatFactDate(d('2015-01-01'), 'fr')).toBe('1er janvier 2015');
    expect(formatFactDate(d('2015-01-01'), 'en')).toBe('1 January 2015');
  });

  it('writes periods and the mid- qualifier', () => {
    expect(formatFactDate(d('2001-09-13'), 'fr', { end: d('2001-09-14') })).toBe('13 et 14 septembre 2001');
    expect(formatFactDate(d('2001-09-13'), 'en', { end: d('2001-09-14') })).toBe('13–14 September 2001');
    expect(formatFactDate(d('2024-07-09'), 'fr', { end: d('2024-07-11') })).toBe('Du 9 au 11 juillet 2024');
    expect(formatFactDate(d('2024-07-09'), 'fr', { end: d('2024-07-11'), capitalized: false })).toBe('du 9 au 11 juillet 2024');
    expect(formatFactDate(d('2024-07-01'), 'fr', { end: d('2024-07-02') })).toBe('1er et 2 juillet 2024');
    expect(formatFactDate(d('2024-07-09'), 'en', { end: d('2024-07-11') })).toBe('9–11 July 2024');
    expect(formatFactDate(d('2021-11'), 'fr', { end: d('2021-12') })).toBe('Novembre-décembre 2021');
    expect(formatFactDate(d('2011'), 'en', { end: d('2014') })).toBe('2011-2014');
    expect(formatFactDate(d('2001-10'), 'fr', { qualifier: 'mid' })).toBe('Mi-octobre 2001');
    expect(formatFactDate(d('2001-10'), 'en', { qualifier: 'mid' })).toBe('Mid-October 2001');
  });
});
