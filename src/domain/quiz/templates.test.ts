import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '@/content/french-typography';
import { de, purposePrompt, to } from './templates';

describe('French contractions of slotted names', () => {
  it('contract le and les, elide before a vowel, and leave la and l’ alone', () => {
    expect(de('le programme DEXTER')).toBe('du programme DEXTER');
    expect(de('les lignes directrices')).toBe('des lignes directrices');
    expect(de('la force opérationnelle')).toBe('de la force opérationnelle');
    expect(de('l’opération Eagle Assist')).toBe('de l’opération Eagle Assist');
    expect(de('Interpol')).toBe('d’Interpol');
    expect(de('Tom Goffus')).toBe('de Tom Goffus');
    expect(to('le Centre')).toBe('au Centre');
    expect(to('Jens Stoltenberg')).toBe('à Jens Stoltenberg');
    expect(to('les Alliés')).toBe('aux Alliés');
    expect(to('Le Conseil')).toBe('au Conseil');
    expect(de('Les Nations unies')).toBe('des Nations unies');
    expect(de('l’Union')).toBe('de l’Union');
    expect(de('la Jordanie')).toBe('de la Jordanie');
    expect(de('Europol')).toBe('d’Europol');
    expect(de('Hôtel')).toBe('d’Hôtel');
  });

  it('never touch the words of the course text around them', () => {
    const prompt = purposePrompt('programme', { fr: 'le programme DEXTER', en: 'the DEXTER programme' });
    expect(prompt).toEqual({ fr: 'Quel est l’objet du programme DEXTER\u202f?', en: 'What is the purpose of the DEXTER programme?' });
  });
});

describe('frenchSpacing', () => {
  it('puts a narrow no-break space before high punctuation and inside guillemets', () => {
    expect(frenchSpacing('Vrai ou faux ? « Oui » : non ; si !')).toBe('Vrai ou faux\u202f? «\u202fOui\u202f»\u202f: non\u202f; si\u202f!');
    expect(frenchSpacing('https://exemple')).toBe('https://exemple');
  });
});
