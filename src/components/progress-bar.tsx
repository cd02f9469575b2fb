/** A labelled progress bar (the native element: announced by screen readers with its value). */
export function ProgressBar({ value, label, className = '' }: { value: number; label: string; className?: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className={`progress ${className}`}>
      <progress className="progress__bar" max={100} value={percent} aria-label={label} />
      <span className="progress__value" aria-hidden="true">
        {`${percent} %`.replace(' %', '\u202f%')}
      </span>
    </div>
  );
}
