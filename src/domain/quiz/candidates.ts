/**
 * Every question the fact base allows, before any is chosen: a stable id, the facts it is
 * about, the lesson section that teaches them, and how to build it from a random source.
 */
import type { FactBase, FactEntity, LocalizedText } from '@/content/course-types';
import type { Candidate } from './candidate';
import { eventCandidates, trueFalse } from './event-candidates';
import { figureBound, numberDistractors, pickAlike, tooClose, valuesAround } from './distractors';
import { deriveSeed, type Random } from './random';
import { T, capitalize, fill, purposePrompt } from './templates';

const cap = (text: LocalizedText): LocalizedText => ({ fr: capitalize(text.fr), en: capitalize(text.en) });
const same = (text: string): LocalizedText => ({ fr: text, en: text });

/** Entities of a kind need four members for a question with three wrong options. */
const MIN_KIND_SIZE = 4;

function entityCandidates(facts: FactBase): Candidate[] {
  const out: Candidate[] = [];
  const located = facts.entities.filter((entity) => entity.location);
  const place = (entity: FactEntity): LocalizedText => (entity.location ? fill(T.place, { city: entity.location.city, country: entity.location.country }) : same(''));
  for (const entity of facts.entities) {
    const base = { facts: [`entity:${entity.id}`], source: entity.section, sources: [entity.section] };
    const siblings = facts.entities.filter((other) => other.kind === entity.kind && other.id !== entity.id);
    const purpose = entity.purpose;
    if (purpose && entity.purposeAsked !== false && siblings.filter((other) => other.purpose).length >= MIN_KIND_SIZE - 1) {
      out.push({
        id: `purpose:${entity.id}`,
        type: 'purpose',
        ...base,
        build: (random) => {
          const distractors = pickAlike(purpose, siblings.filter((o) => o.purpose), (o) => o.purpose ?? same(''), 3, random);
          if (distractors.length < 3) return null;
          return {
            layout: 'shuffled',
            prompt: purposePrompt(entity.kind, entity.name),
            options: [entity, ...distractors].map((o) => ({ id: `x:${o.id}`, text: cap(o.purpose ?? same('')) })),
            answer: [`x:${entity.id}`],
            explanation: fill(T.purposeExplained, { name: entity.name, purpose }),
          };
        },
      });
      out.push({
        id: `purpose-reverse:${entity.id}`,
        type: 'purpose-reverse',
        ...base,
        build: (random) => {
          // Only entities with a purpose of their own: theirs is known to differ from this one.
          const distractors = pickAlike(entity.name, siblings.filter((o) => o.purpose), (o) => o.name, 3, random);
          if (distractors.length < 3) return null;
          return {
            layout: 'shuffled',
            prompt: fill(T.purposeReverse, { purpose: cap(purpose) }),
            options: [entity, ...distractors].map((o) => ({ id: `x:${o.id}`, text: cap(o.name) })),
            answer: [`x:${entity.id}`],
            explanation: fill(T.purposeExplained, { name: entity.name, purpose }),
          };
        },
      });
    }
    const location = entity.location;
    if (location && entity.locationAsked !== false) {
      const elsewhere = located.filter((other) => other.location && !tooClose(other.location.city, location.city));
      const fact = fill(T.located, { name: entity.name, city: location.city, country: location.country });
      out.push({
        id: `location:${entity.id}`,
        type: 'location',
        ...base,
        build: (random) => {
          const unique = [...new Map(elsewhere.map((o) => [o.location?.city.en, o])).values()];
          const distractors = pickAlike(place(entity), unique, place, 3, random);
          if (distractors.length < 3) return null;
          return {
            layout: 'shuffled',
            prompt: fill(T.location, { name: entity.name }),
            options: [entity, ...distractors].map((o) => ({ id: `c:${o.id}`, text: place(o) })),
            answer: [`c:${entity.id}`],
            explanation: fact,
          };
        },
      });
      for (const truth of [true, false]) {
        out.push({
          id: `true-false:location:${entity.id}:${truth}`,
          type: 'true-false',
          ...base,
          build: (random) => {
            const [other] = truth ? [entity] : pickAlike(place(entity), elsewhere, place, 1, random);
            if (!other?.location) return null;
            return trueFalse(fill(T.located, { name: entity.name, city: other.location.city, country: other.location.country }), truth, fact);
          },
        });
      }
    }
  }
  return out;
}

function figureCandidates(facts: FactBase): Candidate[] {
  return facts.figures.filter((figure) => figure.asked !== false).flatMap((figure): Candidate[] => {
    const statement = (value: number | string): LocalizedText => ({ fr: figure.statement.fr.replace('{n}', String(value)), en: figure.statement.en.replace('{n}', String(value)) });
    const base = { facts: [`figure:${figure.id}`], source: figure.section, sources: [figure.section] };
    const bound = figureBound(figure.statement);
    const wrong = numberDistractors(figure.value, 12, () => 0, bound);
    const distance = (n: number) => Math.abs(n - figure.value);
    const below = wrong.filter((n) => n < figure.value).sort((a, b) => distance(a) - distance(b));
    const above = wrong.filter((n) => n > figure.value).sort((a, b) => distance(a) - distance(b));
    return [
      // "More than N": every wrong number must be larger, so the key would always come first.
      ...(bound === 'above' ? [] : [{
        id: `figure:${figure.id}`,
        type: 'figure' as const,
        ...base,
        build: (random: Random, position?: number) => {
          const distractors = valuesAround(below, above, 3, position, random);
          if (!distractors) return null;
          const values = [figure.value, ...distractors].sort((a, b) => a - b);
          return {
            layout: 'ascending' as const,
            prompt: fill(T.figure, { statement: statement('___') }),
            options: values.map((value) => ({ id: `n:${value}`, text: same(String(value)) })),
            answer: [`n:${figure.value}`],
            explanation: statement(figure.value),
          };
        },
      }]),
      // "More than N": a larger N cannot be shown false by the source, so no false statement;
      // nor is one made of a number that names (another resolution may say the same thing).
      // Then no true one either: statements that can only be true teach "always answer true".
      ...(bound === 'above' || figure.names ? [] : [true, false]).map(
        (truth): Candidate => ({
          id: `true-false:figure:${figure.id}:${truth}`,
          type: 'true-false',
          ...base,
          build: (random) => {
            const shown = truth ? figure.value : numberDistractors(figure.value, 1, random, bound)[0];
            return shown === undefined ? null : trueFalse(statement(shown), truth, statement(figure.value));
          },
        }),
      ),
    ];
  });
}

/**
 * "Which of these is one of the …?" on a closed list the source gives in full: the key is a
 * member, the wrong options are written for that list (`distractors`: plausible, of the same
 * kind, certainly not in it), never members of other lists. A list without them is not asked.
 */
/** A list option's id, from its English text: it says nothing about whether it is on the list. */
const listOptionId = (text: LocalizedText) => `l:${deriveSeed(0, text.en).toString(36)}`;

function setCandidates(facts: FactBase): Candidate[] {
  return facts.sets.filter((set) => set.asked !== false).flatMap((set) => {
    const written = set.distractors ?? [];
    if (written.length < 3) return [];
    return set.members.map(
      (member, index): Candidate => ({
        id: `set-member:${set.id}:${index}`,
        type: 'set-member',
        facts: [`set:${set.id}`],
        source: set.section,
        sources: [set.section],
        build: (random) => {
          const distractors = pickAlike(member, written.map((text) => ({ id: listOptionId(text), text })), (o) => o.text, 3, random);
          if (distractors.length < 3) return null;
          const others = set.members.filter((_, i) => i !== index);
          const sep = { fr: ' ; ', en: '; ' };
          return {
            layout: 'shuffled',
            prompt: set.prompt,
            options: [{ id: listOptionId(member), text: member }, ...distractors].map((o) => ({ id: o.id, text: cap(o.text) })),
            answer: [listOptionId(member)],
            explanation: fill(T.listMember, { member, others: { fr: others.map((m) => m.fr).join(sep.fr), en: others.map((m) => m.en).join(sep.en) } }),
          };
        },
      }),
    );
  });
}

/**
 * Every candidate question of the fact base, in a stable order. Two kinds of question the
 * bank once had are gone, because they cannot meet the item rules: acronym → expansion (in
 * English the initials give the key away, and a French expansion of an English acronym tests
 * something else), and list items whose wrong options came from other lists of the course
 * (recognising a list, or general knowledge, eliminated them): lists now have wrong answers
 * of their own.
 */
export function allCandidates(facts: FactBase): Candidate[] {
  return [...eventCandidates(facts), ...entityCandidates(facts), ...figureCandidates(facts), ...setCandidates(facts)];
}
