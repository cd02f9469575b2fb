/** zod schemas of the course's YAML files and lesson front matter. */
import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)');
const text = z.string().trim().min(1, 'must not be empty');
const localized = z.object({ fr: text, en: text }, { error: 'needs a French (fr) and an English (en) text' }).strict();

export const courseManifestSchema = z
  .object({
    id: kebabId,
    title: localized,
    description: localized,
    sources: z.array(z.object({ id: kebabId, file: text, title: localized }).strict()).min(1),
    themes: z.array(z.object({ id: kebabId, fr: text, en: text }).strict()).min(1),
    units: z
      .array(z.object({ id: kebabId, title: localized, lessons: z.array(kebabId).min(1) }).strict())
      .min(1),
  })
  .strict();
export type CourseManifest = z.infer<typeof courseManifestSchema>;

const glossaryText = z.object({ abbr: text, expansion: text, definition: text }).strict();
export const glossaryFileSchema = z.array(
  z.object({ id: kebabId, wellKnown: z.boolean().optional(), fr: glossaryText, en: glossaryText }).strict(),
);
export type GlossaryEntry = z.infer<typeof glossaryFileSchema>[number];

export const frontMatterSchema = z
  .object({
    title: text,
    summary: text,
    objectives: z.array(text).min(2, 'needs at least 2 objectives').max(5, 'has more than 5 objectives'),
    source: z.object({ document: kebabId, sections: z.array(text).min(1) }).strict(),
  })
  .strict();
export type FrontMatter = z.infer<typeof frontMatterSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
/** YAML reads an unquoted 2001-09-12 as a Date and 1999 as a number; accept both forms. */
const dateField = z.preprocess((value) => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}, isoDate);

export const eventsFileSchema = z.array(
  z
    .object({
      id: kebabId,
      date: dateField,
      end: dateField.optional(),
      qualifier: z.literal('mid').optional(),
      /**
       * Events that repeat one thing on different dates (the Kuwait courses of 2021 and 2023):
       * their labels differ only to tell them apart, so they must not be compared with each
       * other, nor one's date offered as a wrong answer for the other.
       */
      series: kebabId.optional(),
      /**
       * The label describes a state that lasts from that date (a Strategic Concept that lists
       * terrorism among the risks): true at every later date too, so never asked "in which
       * year" against later years, nor made false by moving its date.
       */
      lasting: z.literal(true).optional(),
      /**
       * Its year is known without the course (the 11 September attacks, the withdrawal from
       * Afghanistan in 2021) or follows from one that is: never asked for its year, nor in a
       * true/false statement of its date; its day and month still are.
       */
      yearKnown: z.literal(true).optional(),
      /**
       * Its whole date is known without the course (the 11 September attacks): asked for
       * neither its year nor its day, and never the key of "what happened on …?" (the date names
       * it). Implies yearKnown. It can still be ordered against other events.
       */
      dateKnown: z.literal(true).optional(),
      /**
       * Knowledge this fact shares with other facts (`article-5` for the invocation of Article 5
       * and the figure "Article 5 is the collective defence clause"): a quiz never holds two
       * items whose facts cover one key, since one would give the other away.
       */
      covers: z.array(kebabId).min(1).optional(),
      theme: kebabId,
      section: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'must be unit-id/lesson-id#section-id'),
      fr: text,
      en: text,
    })
    .strict(),
);
export type EventEntry = z.infer<typeof eventsFileSchema>[number];

const sectionRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'must be unit-id/lesson-id#section-id');

export const entitiesFileSchema = z.array(
  z
    .object({
      id: kebabId,
      kind: z.enum(['programme', 'operation', 'exercise', 'policy', 'body', 'centre', 'organisation', 'person']),
      name: localized,
      term: kebabId.optional(),
      purpose: localized.optional(),
      location: z.object({ city: localized, country: localized }).strict().optional(),
      /** `false`: the name, or general knowledge, gives the purpose away: no purpose question either way. */
      purposeAsked: z.literal(false).optional(),
      /** `false`: the name gives the place away (a maritime centre among inland cities): no location question, nor true/false on it. */
      locationAsked: z.literal(false).optional(),
      /**
       * Knowledge this fact shares with other facts (`article-5` for the invocation of Article 5
       * and the figure "Article 5 is the collective defence clause"): a quiz never holds two
       * items whose facts cover one key, since one would give the other away.
       */
      covers: z.array(kebabId).min(1).optional(),
      section: sectionRef,
    })
    .strict(),
);
export type EntityEntry = z.infer<typeof entitiesFileSchema>[number];

export const figuresFileSchema = z.array(
  z
    .object({
      id: kebabId,
      value: z.number().int().positive(),
      statement: localized.refine((value) => value.fr.split('{n}').length === 2 && value.en.split('{n}').length === 2, 'each statement must contain {n} exactly once'),
      /**
       * The source gives the number with a hedge: `approx` ("près d’une cinquantaine",
       * "presque 30") or `above` ("plus de 360"). A hedged figure is never an exact answer.
       */
      hedge: z.enum(['approx', 'above']).optional(),
      /** The source's own hedged wording, as the lesson section states it ("près d’une cinquantaine"). */
      wording: localized.optional(),
      /** `false`: taught (lessons, scenarios) but never asked: trivia, or general knowledge. */
      asked: z.literal(false).optional(),
      /**
       * `true`: the number is part of a name (resolution 2396), not a count. Its blank can be
       * asked, but no false statement is made by swapping in another number: another
       * resolution may well say the same thing, so the statement is not false at every time.
       */
      names: z.literal(true).optional(),
      /**
       * Knowledge this fact shares with other facts (`article-5` for the invocation of Article 5
       * and the figure "Article 5 is the collective defence clause"): a quiz never holds two
       * items whose facts cover one key, since one would give the other away.
       */
      covers: z.array(kebabId).min(1).optional(),
      section: sectionRef,
    })
    .strict(),
);
export type FigureEntry = z.infer<typeof figuresFileSchema>[number];

export const setsFileSchema = z.array(
  z
    .object({
      id: kebabId,
      group: kebabId,
      /** Within a group, only sets of the same kind lend each other wrong answers. */
      kind: kebabId.optional(),
      prompt: localized,
      members: z.array(localized).min(2),
      /** Wrong answers written for this list: plausible, of the same kind, certainly not in it. */
      distractors: z.array(localized).min(3).optional(),
      /** `false`: taught (lessons, scenarios) but never asked: a slogan, or general knowledge. */
      asked: z.literal(false).optional(),
      /** Knowledge shared with other facts (see events): a quiz never asks two items covering one key. */
      covers: z.array(kebabId).min(1).optional(),
      section: sectionRef,
    })
    .strict(),
);
export type SetEntry = z.infer<typeof setsFileSchema>[number];

/** A scenario item: a situation, a question, one key and 2 or 3 real distractors with their reasons. */
const factRef = z.string().regex(/^(entity|event|figure|set):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be entity:, event:, figure: or set: followed by a fact id');
const lessonRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be unit-id/lesson-id');
const scenarioOption = z
  .object({ key: z.literal(true).optional(), text: localized, reason: localized.optional() })
  .strict();
export const scenariosFileSchema = z.array(
  z
    .object({
      id: kebabId,
      lesson: lessonRef,
      sections: z.array(sectionRef).min(1, 'must cite at least one section'),
      facts: z.array(factRef).min(1, 'must name at least one fact'),
      situation: localized,
      question: localized,
      options: z.array(scenarioOption).min(3, 'needs 3 or 4 options (one key, 2 or 3 distractors)').max(4, 'needs 3 or 4 options (one key, 2 or 3 distractors)'),
      explanation: localized,
    })
    .strict(),
);
export type ScenarioEntry = z.infer<typeof scenariosFileSchema>[number];
