/**
 * Small, closed word lists that the cleaning rules lean on. They are deliberately closed-class
 * (articles, pronouns, prepositions, conjunctions, auxiliaries, particles, numerals) plus the
 * short content words a syllable fragment could be mistaken for: a full German dictionary costs
 * seconds and tens of MB in the browser, while these few hundred words decide the cases the rules
 * need (is this 2-3 letter piece a word? may the space before/after this token be a syllable
 * break? does this capitalised word start a sentence?).
 */

/** A set from a whitespace-separated list. */
export const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** Closed-class words: never glued to a neighbour by a rule, and sentence starters when capitalised. */
export const FUNCTION_WORDS = words(`
  der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen
  ich du er sie es wir ihr man mich dich sich uns euch ihn ihm ihnen mir dir
  mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen
  ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren euer eure
  dies diese dieser dieses diesem diesen jener jene jenes jenem jenen
  welche welcher welches welchem welchen solche solcher solches solchem solchen
  alle allen aller alles andere anderen anderer anderes anderem beide beiden
  einige einigen einiger mehrere mehreren viele vielen vieler wenige wenigen manche manchen
  jede jeder jedes jedem jeden selbst selber etwas nichts jemand niemand
  wer was wem wen wessen wo wohin woher womit wodurch worauf worin
  an am ans auf aufs aus bei beim bis durch für gegen gen hinter im in ins mit nach neben ohne
  seit über um ums unter von vom vor vorm während wegen zu zum zur zwischen trotz statt anstatt
  laut per pro via gemäss gemäß innerhalb ausserhalb außerhalb oberhalb unterhalb entlang ab
  und oder aber denn sondern doch dass daß ob als wie wenn weil da damit obwohl obschon sowie
  sowohl weder noch entweder bzw beziehungsweise respektive falls sofern indem nachdem bevor
  seitdem sodass
  nicht auch nur schon sehr so dann dort hier nun jetzt immer nie oft mal ja nein wohl eben gar
  etwa bereits dabei dazu daher darum deshalb deswegen also jedoch zudem somit ebenfalls ebenso
  insbesondere sogar kaum mehr weniger meist meistens mindestens zumindest vielleicht wieder zwar
  erst eher hin her weg los dar ferner ausserdem außerdem schliesslich schließlich zunächst
  dennoch trotzdem allerdings hingegen vielmehr folglich demnach heute damals bisher
  bin bist ist sind seid war warst waren wart wäre wären sei seien gewesen
  habe hast hat haben habt hatte hatten hätte hätten gehabt
  werde wirst wird werden werdet wurde wurden würde würden geworden worden
  kann kannst können könnt konnte konnten könnte könnten muss musst müssen musste mussten müsste
  soll sollst sollen sollte sollten darf dürfen durfte dürfte will willst wollen wollte wollten
  mag mögen möchte möchten
  null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend
  the a an and or of to on at by for from with is are was be it its not no but this that
`);

/**
 * Lowercase words of two or three letters that really occur on their own in running text:
 * the short function words above plus short adjectives, verb forms, units, abbreviations
 * written without a dot, Latin/foreign particles. A lowercase 2-3 letter piece NOT in here is
 * taken to be a syllable left over from a soft hyphen (`po li ti`, `tio nen`).
 */
export const SHORT_WORDS: ReadonlySet<string> = new Set([
  ...[...FUNCTION_WORDS].filter((w) => w.length <= 3),
  ...words(`
    alt arg arm gut neu rot tot fit fix nah roh rar zäh jäh öd bös irr lax vag tun tut tue tat
    gab kam sah lag las lud bat hob zog bog log sog wog aß iss eh ehe ach oh oho aha hm
    km kg cm mm ml qm ha ca usw etc vgl ggf evtl inkl ff vs ii iii iv vi vii ix xi xii
    ad de et al se sic ex sui qua hoc sub
    we our new old all out up off
  `),
]);

/** Word-initial prefixes that look like fragments; such a piece starts a word, never ends one. */
export const WORD_INITIAL_SYLLABLES = words(`
  be ge ver zer ent emp un ur ko kon kom kor prä
`);

/**
 * Coordinators after which a hyphen is a suspended compound (`Friedens- und Sicherheitspolitik`)
 * rather than a line-break hyphen.
 */
export const SUSPENSION_CONJUNCTIONS = words(`
  und oder bzw sowie bis respektive beziehungsweise noch als wie
`);

/** True for closed-class words, ignoring case (`Die` and `die` alike). */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word.toLowerCase());
