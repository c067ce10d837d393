import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toUiLanguage } from '../i18n/resources';
import type { Tour } from '../model/types';
import { openPresenterView, presentFrom } from '../present/PresentButton';
import { useAppStoreApi } from '../store/useAppStore';
import { addStep, moveStep, removeNodeFromStep, removeStep, setStepText } from '../tour/editTour';
import { generateTour, type TourOrder } from '../tour/generateTour';
import { localized, tourFor } from '../tour/tourSteps';
import './tourPanel.css';

/**
 * The tour beside the map: its steps in order, to reorder (drag, buttons, Alt+arrows), caption,
 * annotate and prune; a new step from the selected node. Every edit goes into the map.
 */
export function TourPanel() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const map = store((s) => s.map);
  const selected = store((s) => s.selectedNodeId);
  const tour = useMemo(() => tourFor(map), [map]);
  const language = toUiLanguage(i18n.resolvedLanguage);
  const generated = !(map.tours ?? []).some((x) => x.id === tour.id);
  const [dragged, setDragged] = useState<number | null>(null);
  const save = (next: Tour) => store.getState().setTour(next);
  const nodeText = (id: string) => {
    const node = map.nodes.find((n) => n.id === id);
    return node ? (language === 'de' ? node.text : node.gloss || node.text) : id;
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= tour.steps.length) return;
    save(moveStep(tour, from, to));
    // Keep the keyboard on the step that moved.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-step-index="${to}"]`)?.focus(),
    );
  };
  const onStepKey = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!e.altKey || e.target !== e.currentTarget) return;
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(index, index - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, index + 1);
    }
  };

  return (
    <aside
      className="am-side-panel am-tour"
      aria-labelledby="am-tour-title"
      data-testid="tour-panel"
    >
      <h2 id="am-tour-title">
        {t('tourEditor.title')}: {localized(tour.title, language)}
      </h2>
      {generated && (
        <>
          <p className="am-tour__note">{t('tourEditor.generated')}</p>
          <label className="am-tour__order">
            {t('tourEditor.order')}
            <select
              value={
                tour.id.startsWith('generated-conclusion-first')
                  ? 'conclusion-first'
                  : 'leaves-first'
              }
              onChange={(e) => save(generateTour(map, e.target.value as TourOrder))}
            >
              <option value="leaves-first">{t('tourEditor.leavesFirst')}</option>
              <option value="conclusion-first">{t('tourEditor.conclusionFirst')}</option>
            </select>
          </label>
        </>
      )}
      <button type="button" className="am-button" onClick={openPresenterView}>
        {t('present.presenterView')}
      </button>
      <button
        type="button"
        className="am-button"
        disabled={!selected}
        title={selected ? undefined : t('tourEditor.selectFirst')}
        onClick={() => selected && save(addStep(tour, [selected]))}
      >
        {t('tourEditor.addFromSelection')}
      </button>
      <p className="am-tour__note">{t('tourEditor.dragHint')}</p>
      <ol className="am-tour__steps">
        {tour.steps.map((step, i) => (
          <li
            key={step.id}
            className={`am-tour__step${dragged === i ? ' am-tour__step--dragged' : ''}`}
            data-testid={`tour-step-${i + 1}`}
            data-step-index={i}
            data-step-id={step.id}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a step takes focus so Alt+arrows can move it
            tabIndex={0}
            draggable
            onKeyDown={(e) => onStepKey(e, i)}
            onDragStart={(e) => {
              setDragged(i);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(i));
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const from = Number(e.dataTransfer.getData('text/plain'));
              if (Number.isInteger(from) && from !== i) move(from, i);
              setDragged(null);
            }}
          >
            <div className="am-tour__head">
              <span className="am-tour__number" aria-hidden="true">
                {i + 1}
              </span>
              <input
                aria-label={`${t('tourEditor.stepTitle')} ${i + 1}`}
                value={localized(step.title, language)}
                onChange={(e) => save(setStepText(tour, i, 'title', language, e.target.value))}
              />
              <button
                type="button"
                className="am-tour__icon"
                aria-label={t('tourEditor.moveUp', { step: i + 1 })}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="am-tour__icon"
                aria-label={t('tourEditor.moveDown', { step: i + 1 })}
                disabled={i === tour.steps.length - 1}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="am-tour__icon"
                aria-label={t('tourEditor.remove', { step: i + 1 })}
                onClick={() => save(removeStep(tour, i))}
              >
                ×
              </button>
            </div>
            <ul className="am-tour__nodes">
              {step.nodes.map((id) => (
                <li key={id}>
                  <span>{nodeText(id)}</span>
                  <button
                    type="button"
                    className="am-tour__icon"
                    aria-label={t('tourEditor.removeNode', { node: id })}
                    onClick={() => save(removeNodeFromStep(tour, i, id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <label>
              {t('tourEditor.caption')}
              <textarea
                rows={2}
                value={localized(step.caption, language)}
                onChange={(e) => save(setStepText(tour, i, 'caption', language, e.target.value))}
              />
            </label>
            <label>
              {t('tourEditor.notes')}
              <textarea
                rows={3}
                value={localized(step.notes, language)}
                onChange={(e) => save(setStepText(tour, i, 'notes', language, e.target.value))}
              />
            </label>
            <button
              type="button"
              className="am-button am-tour__present"
              onClick={() => presentFrom(store, tour.id, i)}
            >
              {t('tourEditor.present', { step: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
