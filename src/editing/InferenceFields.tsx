import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeLabel, nodeLabels, targetLabel } from '../edit/labels';
import { coPremiseCandidates } from '../edit/relationEdits';
import type { ArgumentMap, Relation } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { editCommands } from './editCommands';

// Co-premises and undercuts without typing Argdown: the premises of an arrow that support only
// together, adding and taking out such a premise, and attacking the inference itself.

/** An arrow in words: "“A” + “B” supports “C”". */
export function useArrowWords(map: ArgumentMap) {
  const { t } = useTranslation();
  return (r: Relation) =>
    `${nodeLabels(map, r.from)} ${t(`relation.${r.kind}`)} ${targetLabel(map, r.to)}`;
}

/** Arrows that can take co-premises or an undercut: "continues" is reading order, no inference. */
export const isInference = (r: Relation) => r.kind !== 'continues';

/** Boxes that could attack the inference of `r`: not its premises, not its conclusion. */
const otherBoxes = (map: ArgumentMap, r: Relation) =>
  map.nodes.filter((n) => !r.from.includes(n.id) && n.id !== r.to);

/** The premises of a linked argument, each with "take out" and "own arrow". */
export function PremisesField({ map, relation }: { map: ArgumentMap; relation: Relation }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  if (relation.from.length < 2) return null;
  const commands = () => editCommands(store, t);
  return (
    <fieldset className="am-field am-inference" data-testid="co-premises">
      <legend className="am-field__label">{t('edit.inference.premises')}</legend>
      <ul className="am-inference__premises">
        {relation.from.map((id) => (
          <li key={id}>
            <span>{nodeLabel(map, id)}</span>
            <button
              type="button"
              className="am-button"
              aria-label={t('edit.inference.takeOutName', { node: nodeLabel(map, id) })}
              onClick={() => commands().takeOutCoPremise(relation.id, id)}
            >
              {t('edit.inference.takeOut')}
            </button>
            <button
              type="button"
              className="am-button"
              aria-label={t('edit.inference.splitName', { node: nodeLabel(map, id) })}
              onClick={() => commands().splitCoPremise(relation.id, id)}
            >
              {t('edit.inference.split')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** "Add a co-premise…": a box from the map, or a new one opened for typing. */
export function CoPremiseField({ map, relation }: { map: ArgumentMap; relation: Relation }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const words = useArrowWords(map);
  return (
    <PickField
      map={map}
      label={t('edit.inference.coPremise')}
      choices={coPremiseCandidates(map, relation.id)}
      action={t('edit.inference.add')}
      testId="add-co-premise"
      pick={(id) => editCommands(store, t).addCoPremise(relation.id, id)}
    >
      <button
        type="button"
        className="am-button"
        aria-label={t('edit.inference.newCoPremiseName', { arrow: words(relation) })}
        onClick={() => editCommands(store, t).newCoPremise(relation.id)}
      >
        {t('edit.inference.newCoPremise')}
      </button>
    </PickField>
  );
}

/** "Attack this inference (undercut)…": a box from the map, or a new objection. */
export function UndercutField({ map, relation }: { map: ArgumentMap; relation: Relation }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <PickField
      map={map}
      label={t('edit.inference.undercut')}
      choices={otherBoxes(map, relation).map((n) => n.id)}
      action={t('edit.inference.attack')}
      testId="undercut"
      pick={(id) => editCommands(store, t).undercut(relation.id, id)}
    >
      <button
        type="button"
        className="am-button"
        onClick={() => editCommands(store, t).attach(relation.id, 'attack')}
      >
        {t('edit.inference.newObjection')}
      </button>
    </PickField>
  );
}

/** A labelled choice of a box and a button that acts on it, plus other buttons. */
function PickField({
  map,
  label,
  choices,
  action,
  testId,
  pick,
  children,
}: {
  map: ArgumentMap;
  label: string;
  choices: string[];
  action: string;
  testId: string;
  pick: (id: string) => void;
  children?: ReactNode;
}) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const value = choices.includes(chosen) ? chosen : (choices[0] ?? '');
  return (
    <form
      className="am-field am-inference"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (value) pick(value);
      }}
    >
      {choices.length > 0 ? (
        <label htmlFor={id} className="am-field__label">
          {label}
        </label>
      ) : (
        <span className="am-field__label">{label}</span>
      )}
      <div className="am-field--row">
        {choices.length > 0 && (
          <>
            <select id={id} value={value} onChange={(e) => setChosen(e.target.value)}>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {nodeLabel(map, c)}
                </option>
              ))}
            </select>
            <button type="submit" className="am-button">
              {action}
            </button>
          </>
        )}
        {children}
      </div>
    </form>
  );
}
