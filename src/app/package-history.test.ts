import { describe, expect, it } from 'vitest';
import { appPathOf, windowHrefOf } from './package-history';

const launch = '/pluginfile.php/12/mod_scorm/content/3/index.html';

describe('package history', () => {
  it('keeps the app’s address in the launch document’s query, and the section in its hash', () => {
    const href = windowHrefOf(launch, '', '/fr/introduction/why-terrorism#objectives');
    expect(href).toBe(`${launch}?page=%2Ffr%2Fintroduction%2Fwhy-terrorism#objectives`);
    const url = new URL(href, 'https://lms.example.org');
    expect(appPathOf(url)).toEqual({ pathname: '/fr/introduction/why-terrorism', search: '', hash: '#objectives' });
  });

  it('keeps the LMS’s launch parameters through every navigation', () => {
    const launchQuery = '?endpoint=https%3A%2F%2Flrs.example.org%2Fxapi%2F&fetch=https%3A%2F%2Flms.example.org%2Ffetch%3Fk%3D1&registration=r-1';
    const first = new URL(windowHrefOf(launch, launchQuery, '/en'), 'https://lms.example.org');
    const second = new URL(windowHrefOf(launch, first.search, { pathname: '/en/final-assessment', search: '?seed=7' }), 'https://lms.example.org');
    expect(second.pathname).toBe(launch);
    expect(second.searchParams.get('endpoint')).toBe('https://lrs.example.org/xapi/');
    expect(second.searchParams.get('fetch')).toBe('https://lms.example.org/fetch?k=1');
    expect(second.searchParams.getAll('page')).toEqual(['/en/final-assessment?seed=7']);
    expect(appPathOf(second)).toEqual({ pathname: '/en/final-assessment', search: '?seed=7', hash: '' });
  });

  it('opens the app’s root when the launch gives no page, or one that is not an app address', () => {
    expect(appPathOf({ search: '', hash: '' }).pathname).toBe('/');
    expect(appPathOf({ search: '?page=https%3A%2F%2Fevil.example', hash: '' }).pathname).toBe('/');
  });
});
