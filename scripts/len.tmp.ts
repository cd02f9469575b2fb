import { compileRealCourse } from './course-files.ts';
import { selectQuestions, generateQuestionBank } from '../src/domain/quiz/generate-quiz.ts';
const { facts } = compileRealCourse();
for (const [lessonId, seed] of [['intelligence-sharing', 1057067346], ['intelligence-sharing', 993894855], ['partners', 1698606419]] as const) {
  const lesson = facts.lessons.find((l) => l.lessonId === lessonId)!;
  const scope = { kind: 'lesson', unitId: lesson.unitId, lessonId } as const;
  const a = selectQuestions(facts, { seed: 0, count: 5, scope }); const b = selectQuestions(facts, { seed, count: 5, scope });
  const bankS = new Set(generateQuestionBank(facts, { seed, scope }).map((q) => q.id)); const bank0 = new Set(generateQuestionBank(facts, { seed: 0, scope }).map((q) => q.id));
  console.log(lessonId, seed, 'seed0', a, '\n  seedS', b, '\n  built with 0 not S:', [...bank0].filter((x) => !bankS.has(x)), 'bank sizes', bank0.size, bankS.size);
}
