import { compileRealCourse } from './course-files.ts';
import { selectQuestions } from '../src/domain/quiz/generate-quiz.ts';
import { quizLength } from '../src/domain/quiz/quiz-length.ts';
const { facts } = compileRealCourse();
const n = Number(process.argv[2] ?? 300); let bad = 0; const t = Date.now();
const scopes = [...facts.lessons.map((l) => ({ kind: 'lesson', unitId: l.unitId, lessonId: l.lessonId }) as const)];
const want = scopes.map((scope) => quizLength(facts, { count: 5, scope }));
for (let i = 0; i < n; i++) { const seed = (i * 2654435761) >>> 0; scopes.forEach((scope, k) => { const got = selectQuestions(facts, { seed, count: 5, scope }).length; if (got !== want[k]) { bad++; console.log('short', scope.lessonId, seed, got, want[k]); } }); }
console.log('seeds', n, 'mismatches', bad, 'ms', Date.now() - t);
