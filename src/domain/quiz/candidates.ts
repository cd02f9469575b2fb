/**
 * Every question the fact base allows, before any is chosen: a stable id, the facts it is
 * about, the lesson section that teaches them, and how to build it from a random source.
 */
import type { FactBase, FactEntity, LocalizedText } from '@/content/course-types';
import type { Candidate } from './candidate';
import { eventCandidates, trueFalse } from './event-candidates';
import { figureBound, numberDistractors, pickAlike, tooClose } from './distractors';
import type { Random } from './random';
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
    const base = { facts: [entity.id], source: entity.section };
    const siblings = facts.entities.filter((other) => other.kind === entity.kind && other.id !== entity.id);
    const purpose = entity.purpose;
    if (purpose && siblings.filter((other) => other.purpose).length >= MIN_KIND_SIZE - 1) {
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
    if (location) {
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
  return facts.figures.flatMap((figure): Candidate[] => {
    const statement = (value: number | string): LocalizedText => ({ fr: figure.statement.fr.replace('{n}', String(value)), en: figure.statement.en.replace('{n}', String(value)) });
    const base = { facts: [figure.id], source: figure.section };
    const bound = figureBound(figure.statement);
    return [
      {
        id: `figure:${figure.id}`,
        type: 'figure',
        ...base,
        build: (random) => {
          const values = [figure.value, ...numberDistractors(figure.value, 3, random, bound)].sort((a, b) => a - b);
          return {
            layout: 'ascending',
            prompt: fill(T.figure, { statement: statement('___') }),
            options: values.map((value) => ({ id: `n:${value}`, text: same(String(value)) })),
            answer: [`n:${figure.value}`],
            explanation: statement(figure.value),
          };
        },
      },
      // "More than N": a larger N cannot be shown false by the source, so no false statement.
      ...(bound === 'above' ? [true] : [true, false]).map(
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

function setCandidates(facts: FactBase): Candidate[] {
  return facts.sets.flatMap((set) => {
    const others = facts.sets.filter((other) => other.group === set.group && other.kind === set.kind && other.id !== set.id).flatMap((other) => other.members.map((member, index) => ({ id: `m:${other.id}:${index}`, member })));
    const sep = { fr: ' ; ', en: '; ' };
    const explanation = fill(T.fullList, { members: { fr: set.members.map((m) => m.fr).join(sep.fr), en: set.members.map((m) => m.en).join(sep.en) } });
    return set.members.map(
      (member, index): Candidate => ({
        id: `set-member:${set.id}:${index}`,
        type: 'set-member',
        facts: [set.id],
        source: set.section,
        build: (random) => {
          // Closed lists can be short: three options are fine, two are too few.
          const distractors = pickAlike(member, others, (o) => o.member, 3, random);
          if (distractors.length < 2) return null;
          return {
            layout: 'shuffled',
            prompt: set.prompt,
            options: [{ id: `m:${set.id}:${index}`, member }, ...distractors].map((o) => ({ id: o.id, text: cap(o.member) })),
            answer: [`m:${set.id}:${index}`],
            explanation,
          };
        },
      }),
    );
  });
}

function termCandidates(facts: FactBase): Candidate[] {
  return facts.terms.map((term) => ({
    id: `acronym:${term.id}`,
    type: 'acronym',
    facts: [`term:${term.id}`],
    source: term.section,
    build: (random: Random) => {
      const others = facts.terms.filter((other) => other.id !== term.id);
      const distractors = pickAlike(term.expansion, others, (o) => o.expansion, 3, random);
      if (distractors.length < 3) return null;
      return {
        layout: 'shuffled' as const,
        prompt: fill(T.acronym, { abbr: term.abbr }),
        options: [term, ...distractors].map((o) => ({ id: `t:${o.id}`, text: cap(o.expansion) })),
        answer: [`t:${term.id}`],
        explanation: fill(T.expansion, { abbr: term.abbr, expansion: term.expansion }),
      };
    },
  }));
}

/** Every candidate question of the fact base, in a stable order. */
export function allCandidates(facts: FactBase): Candidate[] {
  return [...eventCandidates(facts), ...entityCandidates(facts), ...figureCandidates(facts), ...setCandidates(facts), ...termCandidates(facts)];
}
