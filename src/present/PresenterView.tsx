import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './present.css';
import { toUiLanguage } from '../i18n/resources';
import { useAppStoreApi } from '../store/useAppStore';
import { localized, tourFor } from '../tour/tourSteps';
import { StepPreview } from './StepPreview';
import { usePresentationLayout } from './usePresentationLayout';
import { goToStep, usePresentKeys } from './usePresentKeys';

/**
 * The teacher's window: the step on the projector and the next one, the notes, a timer and
 * every step to jump to. It drives the audience window and follows it (presentChannel).
 */
export function PresenterView() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const presentation = store((s) => s.presentation);
  const map = store((s) => s.map);
  const tour = useMemo(() => tourFor(map, presentation?.tourId), [map, presentation?.tourId]);
  const language = toUiLanguage(i18n.language);
  const options = store((s) => s.options);
  const { layout } = usePresentationLayout(map, options);
  const count = tour.steps.length;
  const step = Math.min(Math.max(presentation?.step ?? 0, 0), count - 1);
  const elapsed = useTimer();
  usePresentKeys(tour.id, count);

  const go = (n: number) => goToStep(store, tour.id, count, n);

  const current = tour.steps[step];
  const next = tour.steps[step + 1];
  const notes = localized(current?.notes, language);
  return (
    <main className="am-presenter" data-testid="presenter">
      <header className="am-presenter__bar">
        <h1>{localized(tour.title, language) || map.title}</h1>
        <span className="am-presenter__timer" role="timer" aria-label={t('present.timer')}>
          {formatElapsed(elapsed.seconds)}
        </span>
        <button type="button" className="am-button" onClick={elapsed.reset}>
          {t('present.resetTimer')}
        </button>
        <button type="button" className="am-button" onClick={() => go(step - 1)}>
          {t('present.previous')}
        </button>
        <button type="button" className="am-button am-button--primary" onClick={() => go(step + 1)}>
          {t('present.forward')}
        </button>
        <span data-testid="presenter-counter">{t('present.step', { step: step + 1, count })}</span>
      </header>
      {!presentation && <p className="am-presenter__idle">{t('present.notPresenting')}</p>}
      <div className="am-presenter__body">
        <section className="am-presenter__now" aria-label={t('present.current')}>
          <h2>
            {t('present.current')}: {localized(current?.title, language)}
          </h2>
          {layout && (
            <StepPreview
              map={map}
              layout={layout}
              tour={tour}
              step={step}
              language={language}
              label={localized(current?.caption, language)}
            />
          )}
          <p className="am-presenter__caption">{localized(current?.caption, language)}</p>
          <h3>{t('present.notes')}</h3>
          <p className="am-presenter__notes" data-testid="presenter-notes">
            {notes || t('present.noNotes')}
          </p>
        </section>
        <section className="am-presenter__next" aria-label={t('present.next')}>
          <h2>
            {t('present.next')}: {next ? localized(next.title, language) : t('present.end')}
          </h2>
          {next && layout && (
            <StepPreview
              map={map}
              layout={layout}
              tour={tour}
              step={step + 1}
              language={language}
              label={localized(next.caption, language)}
            />
          )}
          {next && <p>{localized(next.caption, language)}</p>}
          <h3>{t('present.steps')}</h3>
          <ol className="am-presenter__steps">
            {tour.steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={i === step ? 'step' : undefined}
                  onClick={() => go(i)}
                >
                  {localized(s.title, language) || t('present.step', { step: i + 1, count })}
                </button>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </main>
  );
}

/** Seconds since the presenter view opened or the timer was restarted. */
function useTimer(): { seconds: number; reset: () => void } {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return {
    seconds: Math.max(0, Math.floor((now - start) / 1000)),
    reset: () => {
      setStart(Date.now());
      setNow(Date.now());
    },
  };
}

export function formatElapsed(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
