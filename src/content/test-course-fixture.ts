/** A minimal valid course in memory, for compiler tests to break one thing at a time. */
import type { CourseFiles } from './compile-course.ts';

const manifest = `id: demo
title: { fr: Cours, en: Course }
description: { fr: Description, en: Description }
sources:
  - id: src
    file: source.fr.txt
    title: { fr: Source, en: Source }
themes:
  - { id: policy, fr: Politique, en: Policy }
units:
  - id: intro
    title: { fr: Introduction, en: Introduction }
    lessons: [first]
`;

const glossary = `- id: dat
  fr: { abbr: DAT, expansion: défense contre le terrorisme, definition: Un programme. }
  en: { abbr: DAT, expansion: Defence Against Terrorism, definition: A programme. }
`;

export const frLesson = `---
title: Première leçon
summary: Une leçon.
objectives:
  - Choisir le programme qui convient à un besoin.
  - Savoir une autre chose.
source:
  document: src
  sections: [Capacités]
---

## Origine {#origin}

Le programme de défense contre le terrorisme (DAT) a été approuvé en 2004.

## Suite {#more}

Le programme DAT continue. Voir [la suite](lesson:intro/first#origin).

## Points clés {#key-points}

- Le DAT date de 2004.

## Dates clés {#key-dates}

- **2004** : approbation.
`;

export const enLesson = `---
title: First lesson
summary: A lesson.
objectives:
  - Choose the programme that fits a need.
  - Know another thing.
source:
  document: src
  sections: [Capacités]
---

## Origin {#origin}

The Defence Against Terrorism (DAT) programme was endorsed in 2004.

## More {#more}

The DAT programme goes on. See [more](lesson:intro/first#origin).

## Key points {#key-points}

- DAT dates from 2004.

## Key dates {#key-dates}

- **2004**: endorsement.
`;

const events = `- id: dat-endorsed
  date: 2004
  theme: policy
  section: intro/first#origin
  fr: Approbation du programme.
  en: The programme is endorsed.
`;

export function validCourse(): CourseFiles {
  return {
    'course.yaml': manifest,
    'glossary/core.yaml': glossary,
    'facts/events.yaml': events,
    'fr/intro/first.md': frLesson,
    'en/intro/first.md': enLesson,
  };
}
