import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '@/content/french-typography';
import { de, fill, purposePrompt, T, to } from './templates';

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

describe('the explanation of a list item', () => {
  // Members of every form the course's lists use: a singular noun phrase, a plural, a gerund.
  const members = [
    { fr: 'la protection des civils', en: 'the protection of civilians' },
    { fr: 'des exercices et des essais', en: 'exercises and trials' },
    { fr: 'en offrant une enceinte pour échanger bonnes pratiques et enseignements', en: 'by offering a forum to exchange best practices and lessons learned' },
  ];

  it('quotes the member instead of making it the subject of a verb, in both languages', () => {
    for (const member of members) {
      const text = fill(T.listMember, { member, others: { fr: 'la gestion de crise', en: 'crisis management' } });
      expect(text.fr).toBe(`La source cite «\u202f${member.fr}\u202f». Elle cite aussi\u202f: la gestion de crise.`);
      expect(text.en).toBe(`The source names “${member.en}”. It also names: crisis management.`);
      // no agreement to get wrong: nothing follows the member but the closing quote
      expect(text.fr).not.toMatch(/en fait partie|font partie/u);
      expect(text.en).not.toMatch(/is one of them|are one of them/u);
    }
  });

  it('reads as a sentence when the list has no other member', () => {
    const member = { fr: 'en élaborant des concepts', en: 'by developing concepts' };
    const text = fill(T.listMember, { member, others: '' });
    expect(text.fr).toBe(`La source cite «\u202f${member.fr}\u202f».`);
    expect(text.en).toBe(`The source names “${member.en}”.`);
  });
});
