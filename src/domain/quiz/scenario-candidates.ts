/**
 * Scenario items as quiz candidates: authored in `scenarios/*.yaml`, compiled with the
 * course, built here into questions of type `scenario`. The prompt is the situation and
 * the question; options are the key and its distractors (shuffled by the quiz, the key's
 * position balanced); each distractor keeps the reason shown when a learner picks it.
 */
import type { FactBase, LocalizedText, Scenario } from '@/content/course-types';
import type { Candidate } from './candidate';
import { deriveSeed } from './random';

/**
 * An option's id comes from its English text: stable across seeds and languages (so a saved
 * response still names the option), and it says nothing about which option is the key.
 */
const optionId = (text: LocalizedText) => `s:${deriveSeed(0, text.en).toString(36)}`;

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
    sources: scenario.sections,
    build: () => {
      const options = [scenario.key, ...scenario.distractors.map((distractor) => distractor.text)].map((text) => ({ id: optionId(text), text }));
      // Two texts hashing alike would make two options one: leave such an item out.
      if (new Set(options.map((option) => option.id)).size !== options.length) return null;
      return {
        layout: 'shuffled',
        prompt: joined(scenario.situation, scenario.question),
        situation: scenario.situation,
        options,
        answer: [optionId(scenario.key)],
        explanation: scenario.explanation,
        rationales: Object.fromEntries(scenario.distractors.map((distractor) => [optionId(distractor.text), distractor.reason])),
      };
    },
  };
}

/** Every scenario of the fact base as a candidate (none when the course has no scenarios). */
export function scenarioCandidates(facts: FactBase): Candidate[] {
  return (facts.scenarios ?? []).map(scenarioCandidate);
}

export const isScenarioId = (id: string) => id.startsWith(SCENARIO_PREFIX);

/** How many scenario items a quiz of `count` questions holds: at least one, and at least 20 %. */
export const scenarioQuota = (count: number) => (count <= 0 ? 0 : Math.max(1, Math.ceil(count / 5)));
