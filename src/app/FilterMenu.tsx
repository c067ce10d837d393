import { useTranslation } from 'react-i18next';
import { NODE_KINDS, RELATION_KINDS } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { ThemeControl } from './ThemeControl';
import { ViewControls } from './ViewControls';

/** The hidden list after clicking an item that is shown (`shown`) or hidden. */
const toggled = <T,>(hidden: readonly T[], item: T, shown: boolean): T[] =>
  shown ? [...hidden, item] : hidden.filter((x) => x !== item);

/**
 * The View menu: layout direction, spacing and labels; the colour theme; and what is shown: node
 * kinds, implicit claims, relation kinds and groups (hidden things are laid out away).
 */
export function FilterMenu() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const filter = store((s) => s.filter);
  const groups = store((s) => s.map.groups);
  const set = store.getState().setFilter;
  const hiddenCount =
    filter.hiddenKinds.length +
    filter.hiddenRelationKinds.length +
    filter.hiddenGroups.length +
    (filter.hideImplicit ? 1 : 0);
  return (
    <details className="am-filter">
      <summary className="am-button">
        {hiddenCount > 0 ? t('filter.buttonHidden', { count: hiddenCount }) : t('filter.button')}
      </summary>
      <div className="am-filter__panel">
        <ViewControls />
        <ThemeControl />
        <fieldset>
          <legend>{t('filter.nodes')}</legend>
          {NODE_KINDS.map((kind) => {
            const on = !filter.hiddenKinds.includes(kind);
            return (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => set({ hiddenKinds: toggled(filter.hiddenKinds, kind, on) })}
                />
                {t(`kind.${kind}`)}
              </label>
            );
          })}
          <label>
            <input
              type="checkbox"
              checked={!filter.hideImplicit}
              onChange={() => set({ hideImplicit: !filter.hideImplicit })}
            />
            {t('filter.implicit')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('filter.relations')}</legend>
          {RELATION_KINDS.map((kind) => {
            const on = !filter.hiddenRelationKinds.includes(kind);
            return (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() =>
                    set({ hiddenRelationKinds: toggled(filter.hiddenRelationKinds, kind, on) })
                  }
                />
                {t(`relation.${kind}`)}
              </label>
            );
          })}
        </fieldset>
        {groups.length > 0 && (
          <fieldset>
            <legend>{t('filter.groups')}</legend>
            {groups.map((g) => {
              const on = !filter.hiddenGroups.includes(g.id);
              return (
                <label key={g.id}>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() => set({ hiddenGroups: toggled(filter.hiddenGroups, g.id, on) })}
                  />
                  {g.label}
                </label>
              );
            })}
          </fieldset>
        )}
      </div>
    </details>
  );
}
