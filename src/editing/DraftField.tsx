import { useEffect, useId, useRef, useState } from 'react';

/**
 * A text field bound to one value of the map. What the user types goes in at once when it is
 * acceptable (`commit` returns null); otherwise the field keeps the draft and says why, and the
 * map keeps its last good value.
 */
export function DraftField({
  label,
  value,
  commit,
  lang,
  rows = 3,
  testId,
}: {
  label: string;
  value: string;
  /** Applies the text; returns why it was refused, or null. */
  commit: (text: string) => string | null;
  lang?: string;
  rows?: number;
  testId?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A change from elsewhere (undo, the canvas) shows, unless the user is typing here. A draft
  // that was refused stays as typed, with its message, when the field is left.
  useEffect(() => {
    if (focused.current) return;
    setDraft(value);
    setProblem(null);
  }, [value]);
  return (
    <div className="am-field">
      <label htmlFor={id} className="am-field__label">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        lang={lang}
        value={draft}
        data-testid={testId}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          setProblem(commit(e.target.value));
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="am-field__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
