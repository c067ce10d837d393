import { useTranslation } from 'react-i18next';
import { nodeLabels, targetLabel } from '../edit/labels';
import { setRelationKind } from '../edit/relationEdits';
import { type ArgumentMap, RELATION_KINDS, type Relation } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';
import { editCommands } from './editCommands';
import { CoPremiseField, isInference, PremisesField, UndercutField } from './InferenceFields';

/** The selected arrow: what it joins, its kind, its premises, undercuts, delete. */
export function RelationFields({ map, relation }: { map: ArgumentMap; relation: Relation }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <div className="am-node-fields">
      <p>
        {nodeLabels(map, relation.from)} <strong>{t(`relation.${relation.kind}`)}</strong>{' '}
        {targetLabel(map, relation.to)}
      </p>
      <label className="am-field am-field--row">
        {t('edit.kindField')}{' '}
        <select
          value={relation.kind}
          data-testid="relation-kind"
          onChange={(e) =>
            applyEdit(
              store,
              t('edit.did.relationKind'),
              setRelationKind(
                store.getState().map,
                relation.id,
                e.target.value as Relation['kind'],
              ),
              (m) => t('edit.refused', { message: m }),
            )
          }
        >
          {RELATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`relation.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <PremisesField map={map} relation={relation} />
      {isInference(relation) && (
        <>
          <CoPremiseField map={map} relation={relation} />
          <UndercutField map={map} relation={relation} />
        </>
      )}
      <button
        type="button"
        className="am-button am-button--danger"
        onClick={() => editCommands(store, t).deleteRelation(relation.id)}
      >
        {t('edit.deleteRelation')}
      </button>
    </div>
  );
}
