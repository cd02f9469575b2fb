import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domKey, isCorrect, type LocalizedQuestion } from '@/domain/quiz/question';
import { ChoiceInput } from './choice-input';
import { OrderingInput } from './ordering-input';
import { SourceLinks } from './source-link';

/** How an answer was given, for the review schedule: a change of mind before confirming, the time it took. */
export interface AnswerEvidence {
  changedAnswer: boolean;
  responseMs?: number;
}

interface Props {
  question: LocalizedQuestion;
  number: number;
  total: number;
  mode: 'practice' | 'exam';
  /** The saved response, once the question is answered. */
  response: string[] | undefined;
  onAnswer: (optionIds: string[], evidence: AnswerEvidence) => void;
  onNext: () => void;
  isLast: boolean;
  /** A save is under way: further clicks wait. */
  busy: boolean;
}

export function answerText(question: LocalizedQuestion, optionIds: readonly string[]): string {
  return optionIds.map((id) => question.options.find((option) => option.id === id)?.text ?? id).join(question.lang === 'fr' ? ' → ' : ' → ');
}

/** The question asked, without the situation that a scenario item's prompt begins with. */
export function askedText(question: Pick<LocalizedQuestion, 'prompt' | 'situation'>): string {
  return question.situation && question.prompt.startsWith(question.situation) ? question.prompt.slice(question.situation.length).trim() : question.prompt;
}

/** Scenario items: why the chosen wrong option does not fit, when the item says so. */
export function chosenReason(question: Pick<LocalizedQuestion, 'rationales'>, response: readonly string[] | undefined): string | undefined {
  const chosen = response?.[0];
  return chosen === undefined ? undefined : question.rationales?.[chosen];
}

/** One question: the prompt (a scenario's situation first), the options, then (in practice mode) the feedback. */
export function QuestionCard({ question, number, total, mode, response, onAnswer, onNext, isLast, busy }: Props) {
  const { t } = useTranslation('quiz');
  const heading = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<string | null>(response?.[0] ?? null);
  const [order, setOrder] = useState<string[]>(response ?? question.options.map((option) => option.id));
  const answered = response !== undefined;
  const ordering = question.layout === 'ordering';
  // When the question came on screen, and whether another option was picked before the one confirmed.
  const shownAt = useRef<number | null>(null);
  const [changedAnswer, setChangedAnswer] = useState(false);

  useEffect(() => {
    heading.current?.focus();
    shownAt.current = Date.now();
  }, [question.id]);

  const submit = () => {
    const evidence = { changedAnswer, ...(shownAt.current !== null ? { responseMs: Date.now() - shownAt.current } : {}) };
    if (ordering) onAnswer(order, evidence);
    else if (selected) onAnswer([selected], evidence);
  };
  const select = (optionId: string) => {
    if (selected !== null && selected !== optionId) setChangedAnswer(true);
    setSelected(optionId);
  };
  const showFeedback = answered && mode === 'practice';
  const right = answered && isCorrect(question, response);
  const reason = chosenReason(question, response);

  return (
    <section className="question" aria-labelledby={`prompt-${domKey(question.id)}`} data-question-id={domKey(question.id)}>
      <p className="question__progress">{t('progress', { current: number, total })}</p>
      {question.situation ? (
        <div className="question__situation" id={`situation-${domKey(question.id)}`}>
          <p className="question__situation-label">{t('scenario.situation')}</p>
          <p>{question.situation}</p>
        </div>
      ) : null}
      <h2
        id={`prompt-${domKey(question.id)}`}
        className="question__prompt"
        tabIndex={-1}
        ref={heading}
        aria-describedby={question.situation ? `situation-${domKey(question.id)}` : undefined}
      >
        {askedText(question)}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          if (!answered) submit();
          else onNext();
        }}
      >
        {ordering ? (
          <OrderingInput question={question} order={order} onChange={setOrder} disabled={answered} />
        ) : (
          <ChoiceInput question={question} selected={selected} onSelect={select} disabled={answered} reveal={showFeedback} />
        )}
        <div role="status" className="feedback-region">
          {showFeedback ? (
            <div className={`feedback ${right ? 'feedback--right' : 'feedback--wrong'}`}>
              <p className="feedback__verdict">{right ? t('feedback.correct') : t('feedback.incorrect')}</p>
              {right ? null : <p>{t(ordering ? 'feedback.rightOrder' : 'feedback.rightAnswer', { answer: answerText(question, question.answer) })}</p>}
              {right || !reason ? null : <p className="feedback__reason">{t('feedback.whyNot', { reason })}</p>}
              <p>{question.explanation}</p>
              <SourceLinks question={question} />
            </div>
          ) : null}
        </div>
        <div className="question__actions">
          {answered ? (
            <button type="submit" className="button button--primary">
              {isLast ? t('seeResults') : t('next')}
            </button>
          ) : (
            <button type="submit" className="button button--primary" disabled={!ordering && selected === null}>
              {mode === 'practice' ? t('check') : t('confirm')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
