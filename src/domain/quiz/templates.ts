/**
 * The wording of generated questions and explanations, in French and English. Course text
 * (labels, names, purposes) is slotted in; nothing here states a fact by itself.
 */
import type { EntityKind, Lang, LocalizedText } from '@/content/course-types';
import { frenchSpacing } from '@/content/french-typography';

type Template = Record<Lang, (parts: Record<string, string>) => string>;

/** "de" before a French name, contracted as the article requires: "du programme", "des lignes". */
export function de(name: string): string {
  if (/^le /i.test(name)) return `du ${name.slice(3)}`;
  if (/^les /i.test(name)) return `des ${name.slice(4)}`;
  return /^[aeiouyhéèêàâîôû]/i.test(name) && !/^(la |l[’'])/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** "à" before a French name: "au centre", "aux Alliés". */
export function to(name: string): string {
  if (/^le /i.test(name)) return `au ${name.slice(3)}`;
  if (/^les /i.test(name)) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

export function fill(template: Template, parts: Record<string, LocalizedText | string>): LocalizedText {
  const pick = (lang: Lang) => Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, typeof value === 'string' ? value : value[lang]]));
  return { fr: frenchSpacing(template.fr(pick('fr'))), en: template.en(pick('en')) };
}

export const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const quoteFr = (text: string) => `« ${text.replace(/\.$/, '')} »`;
const quoteEn = (text: string) => `“${text.replace(/\.$/, '')}”`;

export const T = {
  eventYear: { fr: (p) => `En quelle année ? ${quoteFr(p.label ?? '')}`, en: (p) => `In which year? ${quoteEn(p.label ?? '')}` },
  eventDate: { fr: (p) => `À quelle date ? ${quoteFr(p.label ?? '')}`, en: (p) => `On what date? ${quoteEn(p.label ?? '')}` },
  dateEvent: { fr: (p) => `Que s’est-il passé ${p.when} ?`, en: (p) => `What happened ${p.when}?` },
  whichFirst: { fr: () => 'Lequel de ces deux événements a eu lieu en premier ?', en: () => 'Which of these two events came first?' },
  order: { fr: () => 'Remettez ces événements dans l’ordre chronologique, du plus ancien au plus récent.', en: () => 'Put these events in chronological order, from the earliest to the latest.' },
  acronym: { fr: (p) => `Que signifie le sigle ${p.abbr} ?`, en: (p) => `What does ${p.abbr} stand for?` },
  location: { fr: (p) => `Où se trouve ${p.name} ?`, en: (p) => `Where is ${p.name}?` },
  figure: { fr: (p) => `Complétez : ${p.statement}`, en: (p) => `Fill in the blank: ${p.statement}` },
  purposeReverse: { fr: (p) => `À quoi correspond cette description ? ${quoteFr(p.purpose ?? '')}`, en: (p) => `What does this description refer to? ${quoteEn(p.purpose ?? '')}` },
  trueFalse: { fr: (p) => `Vrai ou faux ? ${p.statement}`, en: (p) => `True or false? ${p.statement}` },
  true: { fr: () => 'Vrai', en: () => 'True' },
  false: { fr: () => 'Faux', en: () => 'False' },
  datedLabel: { fr: (p) => `${p.date} : ${p.label}`, en: (p) => `${p.date}: ${p.label}` },
  located: { fr: (p) => `${capitalize(p.name ?? '')} se trouve à ${p.city} (${p.country}).`, en: (p) => `${capitalize(p.name ?? '')} is in ${p.city} (${p.country}).` },
  place: { fr: (p) => `${p.city} (${p.country})`, en: (p) => `${p.city} (${p.country})` },
  expansion: { fr: (p) => `${p.abbr} : ${p.expansion}.`, en: (p) => `${p.abbr}: ${p.expansion}.` },
  purposeExplained: { fr: (p) => `${capitalize(p.name ?? '')} : ${p.purpose}.`, en: (p) => `${capitalize(p.name ?? '')}: ${p.purpose}.` },
  // The member is quoted, never made the subject of a verb: members are noun phrases, plurals
  // ("des exercices et des essais") or gerunds ("en élaborant …", "by developing …"), and no
  // verb agrees with all of them (review-21: "By offering … is one of them").
  listMember: {
    fr: (p) => (p.others ? `La source cite ${quoteFr(p.member ?? '')}. Elle cite aussi : ${p.others}.` : `La source cite ${quoteFr(p.member ?? '')}.`),
    en: (p) => (p.others ? `The source names ${quoteEn(p.member ?? '')}. It also names: ${p.others}.` : `The source names ${quoteEn(p.member ?? '')}.`),
  },
  firstOfTwo: { fr: (p) => `${p.first} (${p.firstDate}) précède ${p.second} (${p.secondDate}).`, en: (p) => `${p.first} (${p.firstDate}) came before ${p.second} (${p.secondDate}).` },
  orderExplained: { fr: (p) => `Dans l’ordre : ${p.list}.`, en: (p) => `In order: ${p.list}.` },
  trueStatement: { fr: (p) => `C’est exact. ${p.fact}`, en: (p) => `That is right. ${p.fact}` },
  falseStatement: { fr: (p) => `C’est inexact. ${p.fact}`, en: (p) => `That is wrong. ${p.fact}` },
} satisfies Record<string, Template>;

const PURPOSE_PROMPTS: Record<EntityKind, Template> = {
  programme: { fr: (p) => `Quel est l’objet ${de(p.name ?? '')} ?`, en: (p) => `What is the purpose of ${p.name}?` },
  operation: { fr: (p) => `Quel était ou quel est le but ${de(p.name ?? '')} ?`, en: (p) => `What was or is the aim of ${p.name}?` },
  exercise: { fr: (p) => `À quoi sert ${p.name} ?`, en: (p) => `What is the purpose of ${p.name}?` },
  policy: { fr: (p) => `Quel est l’objet ${de(p.name ?? '')} ?`, en: (p) => `What is the purpose of ${p.name}?` },
  body: { fr: (p) => `Quel est le rôle ${de(p.name ?? '')} ?`, en: (p) => `What is the role of ${p.name}?` },
  centre: { fr: (p) => `Quel est le rôle ${de(p.name ?? '')} ?`, en: (p) => `What is the role of ${p.name}?` },
  organisation: { fr: (p) => `D’après le cours, que fait l’OTAN avec ${p.name} ?`, en: (p) => `According to the course, what does NATO do with ${p.name}?` },
  person: { fr: (p) => `Quel rôle le cours attribue-t-il ${to(p.name ?? '')} ?`, en: (p) => `What role does the course give ${p.name}?` },
};

export function purposePrompt(kind: EntityKind, name: LocalizedText): LocalizedText {
  return fill(PURPOSE_PROMPTS[kind], { name });
}
