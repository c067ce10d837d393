import { RESOURCES, type UiLanguage } from '../i18n/resources';
import type { LabelLanguage } from '../layout/types';
import type { ArgumentNode } from '../model/types';
import { itemParts, partJoiner, relationWords, rootWords } from './outlineLabels';
import type { ItemKey, OutlineIndex } from './outlineRows';

/** What every item of one tree shares; passed down unchanged. */
export interface OutlineTreeContext {
  /** The interface language for the relation words. */
  language: UiLanguage;
  idPrefix: string;
  index: OutlineIndex;
  nodesById: ReadonlyMap<string, ArgumentNode>;
  labels: LabelLanguage;
  sourceLanguage: string;
  expanded: ReadonlySet<ItemKey>;
  /** The row holding the roving tabindex. */
  activeKey: ItemKey | null;
  /** The item showing the selected node in full. */
  selectedKey: ItemKey | null;
  selectedNodeId: string | null;
}

interface Props {
  itemKey: ItemKey;
  ctx: OutlineTreeContext;
}

/**
 * One `treeitem`: its relation in words, its node's text (co-premises "together with" each
 * other, references "(see above)"), and, when open, its children in a `group`. The tree's
 * handlers live on the tree; items only draw. The row is the item's name, so a screen reader
 * does not read the whole subtree as the label.
 */
export function OutlineTreeItem({ itemKey, ctx }: Props) {
  const item = ctx.index.items[itemKey];
  if (!item) return null;
  const children = ctx.index.children[itemKey] ?? [];
  const hasChildren = children.length > 0;
  const open = hasChildren && ctx.expanded.has(itemKey);
  const selected = ctx.selectedKey === itemKey;
  const mentionsSelected =
    !selected && ctx.selectedNodeId !== null && item.nodeIds.includes(ctx.selectedNodeId);
  const labelId = `${ctx.idPrefix}-${itemKey}`;
  const notes = RESOURCES[ctx.language].outline;
  const parts = itemParts(item, ctx.nodesById, ctx.labels, ctx.sourceLanguage);
  const words =
    item.kind === 'root'
      ? rootWords(ctx.nodesById.get(item.nodeIds[0] ?? ''), ctx.language)
      : relationWords(item, ctx.language);
  const rowClasses = ['am-outline__row', `am-outline__row--${item.kind}`];
  if (selected) rowClasses.push('am-outline__row--selected');
  if (mentionsSelected) rowClasses.push('am-outline__row--mentions');
  if (item.ref) rowClasses.push('am-outline__row--ref');
  return (
    <li
      role="treeitem"
      aria-level={ctx.index.level[itemKey]}
      aria-expanded={hasChildren ? open : undefined}
      aria-selected={selected}
      aria-labelledby={labelId}
      tabIndex={ctx.activeKey === itemKey ? 0 : -1}
      data-key={itemKey}
      className="am-outline__item"
    >
      <div className="am-outline__row-wrap">
        <span
          className="am-outline__twisty"
          data-twisty={hasChildren ? '' : undefined}
          aria-hidden="true"
        >
          {hasChildren ? (open ? '▾' : '▸') : ''}
        </span>
        <span id={labelId} className={rowClasses.join(' ')} data-row-key={itemKey}>
          {words && <span className="am-outline__relation">{words} </span>}
          {parts.map((part, i) => (
            <span key={part.nodeId}>
              {partJoiner(i, ctx.language) && (
                <span className="am-outline__joiner">{partJoiner(i, ctx.language)}</span>
              )}
              <span
                className={[
                  'am-outline__text',
                  part.implicit ? 'am-outline__text--implicit' : '',
                  // Among co-premises, which one is selected.
                  parts.length > 1 && part.nodeId === ctx.selectedNodeId
                    ? 'am-outline__text--selected'
                    : '',
                ].join(' ')}
                lang={part.lang}
                data-node-id={part.nodeId}
              >
                {part.text}
              </span>
              {part.implicit && <span className="am-outline__note">{notes.implicit}</span>}
              {part.seeAbove && <span className="am-outline__note">{notes.seeAbove}</span>}
            </span>
          ))}
        </span>
      </div>
      {open && (
        // biome-ignore lint/a11y/useSemanticElements: a tree's children are a list, not a form
        <ul role="group" className="am-outline__group">
          {children.map((key) => (
            <OutlineTreeItem key={key} itemKey={key} ctx={ctx} />
          ))}
        </ul>
      )}
    </li>
  );
}
