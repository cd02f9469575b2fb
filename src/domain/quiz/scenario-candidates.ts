/**
 * Scenario items as quiz candidates: authored in `scenarios/*.yaml`, compiled with the
 * course, built here into questions of type `scenario`. The prompt is the situation and
 * the question; options are the key and its distractors (shuffled by the quiz, the key's
 * position balanced); each distractor keeps the reason shown when a learner picks it.
 */
import type { FactBase, LocalizedText, Scenario } from '@/content/course-types';
import type { Candidate } from './candidates';

/** The option id of a scenario's key; distractors are `s:1`, `s:2`, `s:3` in authored order. */
export const SCENARIO_KEY = 's:0';
export const SCENARIO_PREFIX = 'scenario:';

const joined = (situation: LocalizedText, question: LocalizedText): LocalizedText => ({
  fr: `${situation.fr}\n\n${question.fr}`,
  en: `${situation.en}\n\n${question.en}`,
});

function scenarioCandidate(scenario: Scenario): Candidate {
  const source = scenario.sections[0] ?? scenario.lesson;
  return {
    id: `${SCENARIO_PREFIX}${scenario.id}`,
    type: 'scenario',
    facts: scenario.facts,
    source,
    build: () => ({
      layout: 'shuffled',
      prompt: joined(scenario.situation, scenario.question),
      situation: scenario.situation,
      options: [
        { id: SCENARIO_KEY, text: scenario.key },
        ...scenario.distractors.map((distractor, i) => ({ id: `s:${i + 1}`, text: distractor.text })),
      ],
      answer: [SCENARIO_KEY],
      explanation: scenario.explanation,
      rationales: Object.fromEntries(scenario.distractors.map((distractor, i) => [`s:${i + 1}`, distractor.reason])),
      sources: scenario.sections,
    }),
  };
}

/** Every scenario of the fact base as a candidate (none when the course has no scenarios). */
export function scenarioCandidates(facts: FactBase): Candidate[] {
  return (facts.scenarios ?? []).map(scenarioCandidate);
}

export const isScenarioId = (id: string) => id.startsWith(SCENARIO_PREFIX);

/** How many scenario items a quiz of `count` questions holds: at least one, and at least 20 %. */
export const scenarioQuota = (count: number) => (count <= 0 ? 0 : Math.max(1, Math.ceil(count / 5)));
