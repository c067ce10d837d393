import type { NodeKind, RelationKind } from '../model/types';

/**
 * Every interface string, in English and German. Plain data without React, so the layout can
 * measure node headers in the language they will be drawn in.
 */
export const en = {
  app: {
    sourceText: 'Source text',
    openMap: 'Open map…',
    laying: 'Laying out the map…',
    layoutFailed: 'The map could not be laid out: {{message}}',
    language: 'Interface language',
    outline: 'Outline',
  },
  kind: {
    conclusion: 'Conclusion',
    claim: 'Claim',
    premise: 'Premise',
    objection: 'Objection',
    question: 'Question',
  } satisfies Record<NodeKind, string>,
  flag: { implicit: 'implicit', breaksOff: 'text breaks off' },
  relation: {
    support: 'supports',
    attack: 'attacks',
    continues: 'text continues with',
  } satisfies Record<RelationKind, string>,
  legend: {
    label: 'Legend',
    implicit: 'implicit (not in the text)',
    linked: 'co-premises, only together',
  },
  view: {
    layout: 'Layout',
    up: 'Conclusion on top',
    right: 'Left to right',
    spacing: 'Spacing',
    compact: 'Compact',
    roomy: 'Roomy',
    labels: 'Labels',
    source: 'Source text',
    gloss: 'English gloss',
  },
  filter: {
    button: 'Filter',
    buttonHidden: 'Filter ({{count}} hidden)',
    nodes: 'Nodes',
    relations: 'Relations',
    groups: 'Groups',
    implicit: 'implicit claims',
  },
  search: {
    placeholder: 'Search  /',
    label: 'Search the map',
    none: 'No node matches.',
    count_one: '{{count}} node · Enter: next, Shift+Enter: previous',
    count_other: '{{count}} nodes · Enter: next, Shift+Enter: previous',
    more: '…and {{count}} more.',
  },
  details: {
    label: 'Details of the selected node',
    close: 'Close details',
    inText: 'In the text',
    characters: 'characters {{start}}–{{end}}',
    page: ', p. {{page}}',
    implicit: 'Implicit: the reconstruction adds this claim; the text has no words for it.',
    noQuote: 'This node quotes no words of the text.',
    breaksOff: 'The text breaks off here: the page ends.',
  },
  source: {
    title: 'Source text',
    implicit: 'Implicit claims (no words in the text)',
  },
  fold: {
    fold: 'Fold its reasons away',
    unfold_one: 'Show {{count}} hidden node',
    unfold_other: 'Show {{count}} hidden nodes',
    group: 'Draw this group as one box',
    openGroup: 'Open this group',
    openGroupShort: 'open group',
  },
  rejected: {
    title_one: '“{{name}}” was not opened: {{count}} problem',
    title_other: '“{{name}}” was not opened: {{count}} problems',
    more: '…and {{count}} more.',
    unchanged: 'The map you had open is unchanged.',
    dismiss: 'Dismiss',
    tooBig: 'the file is {{size}} MB; the limit is 20 MB',
  },
  outline: {
    supports: 'supports:',
    supportsInference: 'supports the inference:',
    attacks: 'attacks:',
    undercuts: 'undercuts the inference:',
    precedes: 'precedes in the text:',
    togetherWith: ' together with ',
    and: ' and ',
    implicit: ' (implicit)',
    seeAbove: ' (see above)',
    empty: 'The map has no nodes.',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    tab: 'Tab into the map (starts at the conclusion)',
    arrows: 'Move to the connected node in that direction',
    enter: 'Select the node and show its details',
    space: 'Fold or unfold its reasons',
    escape: 'Clear the selection',
    slash: 'Search',
    enterSearch: 'In the search: next hit (Shift+Enter: previous)',
    help: 'Show this sheet',
  },
  canvas: {
    minimap: 'Minimap',
    map: 'Argument map: Tab to the conclusion, arrows to follow, Enter for details, Space to fold',
  },
};

export type Resources = typeof en;

export const de: Resources = {
  app: {
    sourceText: 'Quelltext',
    openMap: 'Karte öffnen…',
    laying: 'Die Karte wird angeordnet…',
    layoutFailed: 'Die Karte konnte nicht angeordnet werden: {{message}}',
    language: 'Sprache der Oberfläche',
    outline: 'Gliederung',
  },
  kind: {
    conclusion: 'Schluss',
    claim: 'Behauptung',
    premise: 'Prämisse',
    objection: 'Einwand',
    question: 'Frage',
  },
  flag: { implicit: 'implizit', breaksOff: 'Text bricht ab' },
  relation: {
    support: 'stützt',
    attack: 'greift an',
    continues: 'Text fährt fort mit',
  },
  legend: {
    label: 'Legende',
    implicit: 'implizit (nicht im Text)',
    linked: 'Ko-Prämissen, nur gemeinsam',
  },
  view: {
    layout: 'Anordnung',
    up: 'Schluss oben',
    right: 'Von links nach rechts',
    spacing: 'Abstand',
    compact: 'Kompakt',
    roomy: 'Grosszügig',
    labels: 'Beschriftung',
    source: 'Originaltext',
    gloss: 'Englische Glosse',
  },
  filter: {
    button: 'Filter',
    buttonHidden: 'Filter ({{count}} ausgeblendet)',
    nodes: 'Knoten',
    relations: 'Beziehungen',
    groups: 'Gruppen',
    implicit: 'implizite Behauptungen',
  },
  search: {
    placeholder: 'Suchen  /',
    label: 'In der Karte suchen',
    none: 'Kein Knoten passt.',
    count_one: '{{count}} Knoten · Enter: nächster, Umschalt+Enter: voriger',
    count_other: '{{count}} Knoten · Enter: nächster, Umschalt+Enter: voriger',
    more: '…und {{count}} weitere.',
  },
  details: {
    label: 'Einzelheiten zum gewählten Knoten',
    close: 'Einzelheiten schliessen',
    inText: 'Im Text',
    characters: 'Zeichen {{start}}–{{end}}',
    page: ', S. {{page}}',
    implicit:
      'Implizit: Die Rekonstruktion ergänzt diese Behauptung; der Text hat keine Worte dafür.',
    noQuote: 'Dieser Knoten zitiert keine Worte des Textes.',
    breaksOff: 'Der Text bricht hier ab: Die Seite endet.',
  },
  source: {
    title: 'Quelltext',
    implicit: 'Implizite Behauptungen (keine Worte im Text)',
  },
  fold: {
    fold: 'Gründe einklappen',
    unfold_one: '{{count}} verborgenen Knoten zeigen',
    unfold_other: '{{count}} verborgene Knoten zeigen',
    group: 'Gruppe als ein Kasten zeigen',
    openGroup: 'Gruppe öffnen',
    openGroupShort: 'Gruppe öffnen',
  },
  rejected: {
    title_one: '«{{name}}» wurde nicht geöffnet: {{count}} Problem',
    title_other: '«{{name}}» wurde nicht geöffnet: {{count}} Probleme',
    more: '…und {{count}} weitere.',
    unchanged: 'Die geöffnete Karte bleibt unverändert.',
    dismiss: 'Schliessen',
    tooBig: 'Die Datei hat {{size}} MB; die Grenze liegt bei 20 MB',
  },
  outline: {
    supports: 'stützt:',
    supportsInference: 'stützt den Schluss:',
    attacks: 'greift an:',
    undercuts: 'untergräbt den Schluss:',
    precedes: 'steht im Text davor:',
    togetherWith: ' zusammen mit ',
    and: ' und ',
    implicit: ' (implizit)',
    seeAbove: ' (siehe oben)',
    empty: 'Die Karte hat keine Knoten.',
  },
  shortcuts: {
    title: 'Tastenkürzel',
    close: 'Schliessen',
    tab: 'Mit Tab in die Karte (beginnt beim Schluss)',
    arrows: 'Zum verbundenen Knoten in dieser Richtung',
    enter: 'Knoten wählen und Einzelheiten zeigen',
    space: 'Seine Gründe ein- oder ausklappen',
    escape: 'Auswahl aufheben',
    slash: 'Suchen',
    enterSearch: 'In der Suche: nächster Treffer (Umschalt+Enter: voriger)',
    help: 'Diese Übersicht zeigen',
  },
  canvas: {
    minimap: 'Übersichtskarte',
    map: 'Argumentkarte: Tab zum Schluss, Pfeiltasten folgen, Enter für Einzelheiten, Leertaste klappt ein',
  },
};

export const LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
export const RESOURCES: Record<UiLanguage, Resources> = { en, de };

/** The interface language for an i18next language tag (`de-CH` -> `de`); English otherwise. */
export function toUiLanguage(tag: string | undefined): UiLanguage {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
