import { useTranslation } from 'react-i18next';
import { domKey, type LocalizedQuestion } from '@/domain/quiz/question';

interface Props {
  question: LocalizedQuestion;
  selected: string | null;
  onSelect: (optionId: string) => void;
  disabled: boolean;
  /** After feedback: marks the right option, and the chosen one when wrong. */
  reveal: boolean;
}

/** Options as a native radio group: arrow keys move, Space selects. */
export function ChoiceInput({ question, selected, onSelect, disabled, reveal }: Props) {
  const { t } = useTranslation('quiz');
  return (
    <fieldset className="choices" disabled={disabled}>
      <legend className="visually-hidden">{t('chooseOne')}</legend>
      {question.options.map((option, index) => {
        const right = reveal && question.answer.includes(option.id);
        const wrong = reveal && !right && selected === option.id;
        return (
          <label key={option.id} className={`choice${right ? ' choice--right' : ''}${wrong ? ' choice--wrong' : ''}`}>
            <input
              type="radio"
              name={`question-${domKey(question.id)}`}
              value={index}
              checked={selected === option.id}
              onChange={() => onSelect(option.id)}
            />
            <span className="choice__text">{option.text}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
