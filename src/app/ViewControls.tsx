import type { Density, Direction, LabelLanguage } from '../layout/types';
import { useAppStoreApi } from '../store/useAppStore';

/** Layout direction, spacing and label language: each a choice that survives a reload. */
export function ViewControls() {
  const store = useAppStoreApi();
  const options = store((s) => s.options);
  const set = store.getState().setOptions;
  return (
    <div className="am-view-controls">
      <label>
        Layout
        <select
          value={options.direction}
          onChange={(e) => set({ direction: e.currentTarget.value as Direction })}
        >
          <option value="up">Conclusion on top</option>
          <option value="right">Left to right</option>
        </select>
      </label>
      <label>
        Spacing
        <select
          value={options.density}
          onChange={(e) => set({ density: e.currentTarget.value as Density })}
        >
          <option value="compact">Compact</option>
          <option value="roomy">Roomy</option>
        </select>
      </label>
      <label>
        Labels
        <select
          value={options.labels}
          onChange={(e) => set({ labels: e.currentTarget.value as LabelLanguage })}
        >
          <option value="source">Source text</option>
          <option value="gloss">English gloss</option>
        </select>
      </label>
    </div>
  );
}
