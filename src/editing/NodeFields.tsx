import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditResult } from '../edit/editResult';
import { groupNodes, setNodeGroup } from '../edit/groupEdits';
import { nodeLabel } from '../edit/labels';
import { type NodePatch, updateNode } from '../edit/nodeEdits';
import { addRelation } from '../edit/relationEdits';
import { parseTagList, setTags } from '../edit/tagEdits';
import { type ArgumentMap, type ArgumentNode, NODE_KINDS } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';
import { applyEdit } from './applyEdit';
import { DraftField } from './DraftField';
import { editCommands } from './editCommands';
import { CoPremiseField, isInference, useArrowWords } from './InferenceFields';

/** The selected node's editable fields: text, gloss, kind, implicit, group, arrows, delete. */
export function NodeFields({ map, node }: { map: ArgumentMap; node: ArgumentNode }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const refused = (message: string) => t('edit.refused', { message });
  /** Typing goes in quietly (the field shows a problem itself); one undo step per pause. */
  const typed = (label: string, field: 'text' | 'gloss') => (text: string) => {
    const result = updateNode(store.getState().map, node.id, { [field]: text });
    if (!result.ok) return result.message;
    store.getState().edit(label, result.map, { mergeKey: `node:${node.id}:${field}` });
    return null;
  };
  const change = (label: string, patch: NodePatch) =>
    applyEdit(store, label, updateNode(store.getState().map, node.id, patch), refused);
  const group = map.groups.find((g) => g.members.includes(node.id));
  return (
    <div className="am-node-fields">
      <DraftField
        label={t('edit.textField')}
        value={node.text}
        lang={map.source.language}
        rows={4}
        testId="node-text-field"
        commit={typed(t('edit.did.editText'), 'text')}
      />
      <DraftField
        label={t('edit.glossField')}
        value={node.gloss}
        lang="en"
        rows={2}
        commit={typed(t('edit.did.editGloss'), 'gloss')}
      />
      <DraftField
        label={t('edit.tagsField')}
        value={(node.tags ?? []).join(', ')}
        rows={1}
        testId="node-tags-field"
        commit={(text) => {
          const result = setTags(store.getState().map, node.id, parseTagList(text));
          if (!result.ok) return result.message;
          store
            .getState()
            .edit(t('edit.did.tags'), result.map, { mergeKey: `node:${node.id}:tags` });
          return null;
        }}
      />
      <div className="am-field am-field--row">
        <label>
          {t('edit.kindField')}{' '}
          <select
            value={node.kind}
            data-testid="node-kind"
            onChange={(e) =>
              change(t('edit.did.kind'), { kind: e.target.value as ArgumentNode['kind'] })
            }
          >
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={node.implicit}
            onChange={(e) => change(t('edit.did.implicit'), { implicit: e.target.checked })}
          />{' '}
          {t('edit.implicitField')}
        </label>
      </div>
      <GroupField map={map} nodeId={node.id} groupId={group?.id ?? null} />
      <ConnectField map={map} nodeId={node.id} />
      <OwnArrows map={map} nodeId={node.id} />
      <button
        type="button"
        className="am-button am-button--danger"
        onClick={() => editCommands(store, t).deleteNode(node.id)}
      >
        {t('edit.deleteNode')}
      </button>
    </div>
  );
}

const NEW_GROUP = '\u0000new';

function GroupField({
  map,
  nodeId,
  groupId,
}: {
  map: ArgumentMap;
  nodeId: string;
  groupId: string | null;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const apply = (result: EditResult) =>
    applyEdit(store, t('edit.did.group'), result, (m) => t('edit.refused', { message: m }));
  return (
    <div className="am-field am-field--row">
      <label htmlFor={id}>{t('edit.groupField')}</label>
      <select
        id={id}
        value={naming ? NEW_GROUP : (groupId ?? '')}
        onChange={(e) => {
          const value = e.target.value;
          if (value === NEW_GROUP) setNaming(true);
          else {
            setNaming(false);
            apply(setNodeGroup(store.getState().map, nodeId, value === '' ? null : value));
          }
        }}
      >
        <option value="">{t('edit.noGroup')}</option>
        {map.groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label}
          </option>
        ))}
        <option value={NEW_GROUP}>{t('edit.newGroup')}</option>
      </select>
      {naming && (
        <form
          className="am-field--row"
          onSubmit={(e) => {
            e.preventDefault();
            if (apply(groupNodes(store.getState().map, [nodeId], name))) {
              setNaming(false);
              setName('');
            }
          }}
        >
          <input
            aria-label={t('edit.newGroupName')}
            value={name}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to name a new group
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="am-button">
            OK
          </button>
        </form>
      )}
    </div>
  );
}

/** "This node supports / attacks [node]": drawing an arrow without a pointer. */
function ConnectField({ map, nodeId }: { map: ArgumentMap; nodeId: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [kind, setKind] = useState<'support' | 'attack'>('support');
  const others = map.nodes.filter((n) => n.id !== nodeId);
  const [target, setTarget] = useState('');
  const chosen = others.some((n) => n.id === target) ? target : (others[0]?.id ?? '');
  if (others.length === 0) return null;
  return (
    <form
      className="am-field am-field--row"
      onSubmit={(e) => {
        e.preventDefault();
        const result = addRelation(store.getState().map, { kind, from: [nodeId], to: chosen });
        applyEdit(store, t('edit.did.connect'), result, (m) => t('edit.refused', { message: m }));
      }}
    >
      <select
        aria-label={t('edit.connectKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as 'support' | 'attack')}
      >
        <option value="support">{t('relation.support')}</option>
        <option value="attack">{t('relation.attack')}</option>
      </select>
      <select
        aria-label={t('edit.connectTarget')}
        value={chosen}
        onChange={(e) => setTarget(e.target.value)}
      >
        {others.map((n) => (
          <option key={n.id} value={n.id}>
            {nodeLabel(map, n.id)}
          </option>
        ))}
      </select>
      <button type="submit" className="am-button">
        {t('edit.connect')}
      </button>
    </form>
  );
}

/**
 * The arrows this node is a premise of: for each a way to add a co-premise and a way to its own
 * details (where co-premises are taken out and the inference can be attacked).
 */
function OwnArrows({ map, nodeId }: { map: ArgumentMap; nodeId: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const words = useArrowWords(map);
  const arrows = map.relations.filter((r) => r.from.includes(nodeId) && isInference(r));
  if (arrows.length === 0) return null;
  return (
    <section className="am-field">
      <h3 className="am-field__label">{t('edit.inference.ownArrows')}</h3>
      {arrows.map((r) => (
        <fieldset key={r.id} className="am-inference am-inference--arrow">
          <legend>{words(r)}</legend>
          <CoPremiseField map={map} relation={r} />
          <button
            type="button"
            className="am-link-button"
            aria-label={t('edit.inference.arrowDetailsName', { arrow: words(r) })}
            onClick={() => store.getState().selectRelation(r.id)}
          >
            {t('edit.inference.arrowDetails')}
          </button>
        </fieldset>
      ))}
    </section>
  );
}
