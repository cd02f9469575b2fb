import { useTranslation } from 'react-i18next';
import { domKey, type LocalizedQuestion } from '@/domain/quiz/question';

interface Props {
  question: LocalizedQuestion;
  order: string[];
  onChange: (order: string[]) => void;
  disabled: boolean;
}

/** Put items in order with buttons: no dragging needed, every move works from the keyboard. */
export function OrderingInput({ question, order, onChange, disabled }: Props) {
  const { t } = useTranslation('quiz');
  const textOf = (id: string) => question.options.find((option) => option.id === id)?.text ?? id;
  const move = (index: number, delta: -1 | 1) => {
    const next = [...order];
    const target = index + delta;
    const [item] = next.splice(index, 1);
    if (item === undefined || target < 0 || target > order.length - 1) return;
    next.splice(target, 0, item);
    onChange(next);
    requestAnimationFrame(() => document.getElementById(`move-${domKey(question.id)}-${item}-${delta < 0 ? 'up' : 'down'}`)?.focus());
  };
  return (
    <div className="ordering">
      <p className="ordering__hint">{t('orderHint')}</p>
      <ol className="ordering__list">
        {order.map((id, index) => (
          <li key={id} className="ordering__item">
            <span className="ordering__position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="ordering__text">{textOf(id)}</span>
            <span className="ordering__buttons">
              <button
                type="button"
                id={`move-${domKey(question.id)}-${id}-up`}
                className="icon-button"
                aria-label={t('moveUp', { item: textOf(id) })}
                disabled={disabled || index === 0}
                onClick={() => move(index, -1)}
              >
                {'↑'}
              </button>
              <button
                type="button"
                id={`move-${domKey(question.id)}-${id}-down`}
                className="icon-button"
                aria-label={t('moveDown', { item: textOf(id) })}
                disabled={disabled || index === order.length - 1}
                onClick={() => move(index, 1)}
              >
                {'↓'}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
