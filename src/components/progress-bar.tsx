/**
 * A labelled progress bar (the native element: announced by screen readers with its value).
 * `value` undefined: not known yet (progress still being read); the bar keeps its size, empty.
 */
export function ProgressBar({ value, label, className = '' }: { value: number | undefined; label: string; className?: string }) {
  const percent = value === undefined ? 0 : Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className={`progress ${className}`} aria-busy={value === undefined || undefined}>
      <progress className="progress__bar" max={100} value={percent} aria-label={label} />
      <span className={`progress__value${value === undefined ? ' progress__value--pending' : ''}`} aria-hidden="true">
        {`${percent} %`.replace(' %', '\u202f%')}
      </span>
    </div>
  );
}
