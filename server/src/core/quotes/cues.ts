// Attribution cues: the verbs and phrases that tie words to the person who said or wrote them.

/** Finite speech verbs: "X said", "X has warned", "said X". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'wrote', 'writes', 'added', 'adds', 'warned',
  'warns', 'asked', 'asks', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'claimed',
  'claims', 'insisted', 'insists', 'declared', 'declares', 'announced', 'announces', 'tweeted', 'tweets',
  'posted', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues', 'recalled', 'recalls',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'reported', 'reports', 'urged', 'urges', 'suggested',
  'suggests', 'predicted', 'predicts', 'complained', 'complains', 'conceded', 'concedes', 'cautioned',
  'cautions', 'quipped', 'joked', 'jokes', 'observed', 'remarked', 'shouted', 'yelled', 'testified',
  'maintained', 'maintains', 'contended', 'contends', 'countered', 'emphasized', 'emphasised', 'stressed',
  'stresses', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'threatened', 'denied', 'denies',
  'confirmed', 'confirms', 'echoed', 'concluded', 'lamented', 'boasted', 'mused', 'wondered', 'demanded',
  'proclaimed', 'charged', 'alleged', 'called', 'calls', 'described', 'describes', 'dubbed', 'branded', 'blasted', 'slammed', 'praised', 'criticized', 'criticised', 'tweet',
  'posts', 'answered', 'reiterated', 'recounted', 'agreed', 'disagreed', 'objected', 'pointed', 'whispered',
  'screamed', 'cried', 'exclaimed', 'revealed', 'reveal', 'reveals', 'telling', 'saying', 'adding', 'stating', 'writing', 'warning',
  'noting', 'explaining', 'arguing', 'insisting', 'declaring', 'asking', 'calling', 'describing', 'tweeting',
  'posting', 'claiming', 'suggesting', 'urging', 'vowing', 'promising', 'predicting', 'citing', 'reiterating',
  'shouts', 'shouting', 'yells', 'yelling', 'screams', 'screaming', 'chanted', 'chants', 'chanting', 'commented',
  'commenting', 'reads',
]);

/** Participles take the speaker from the clause they hang on: "X rejected talks, stating that …". */
export const PARTICIPLE_CUES = new Set([
  'telling', 'saying', 'adding', 'stating', 'writing', 'warning', 'noting', 'explaining', 'arguing', 'insisting',
  'declaring', 'asking', 'calling', 'describing', 'tweeting', 'posting', 'claiming', 'suggesting', 'urging',
  'vowing', 'promising', 'predicting', 'citing', 'reiterating', 'shouting', 'yelling', 'screaming', 'chanting', 'commenting',
]);

/** Verbs whose object follows, so the speaker is never after them ("X told reporters", "X called it"). */
export const NEVER_INVERTED = new Set(['told', 'tells', 'urged', 'urges', 'called', 'calls', 'described', 'describes', 'dubbed', 'branded', 'blasted', 'slammed', 'praised', 'criticized', 'criticised', 'denied', 'denies', 'promised', 'promises', 'threatened']);

/** Words between a speaker and the verb: "X has also said", "X privately say". */
export const VERB_MODIFIERS = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'once', 'recently', 'reportedly', 'again',
  'further', 'simply', 'flatly', 'publicly', 'privately', 'repeatedly', 'often', 'earlier', 'would', 'will',
  'could', 'might', 'may', 'did', 'does', 'do', 'not', 'never', 'always', 'just', 'only', 'still', 'even',
  'first', 'long', 'since', 'already', 'now', 'both', 'all', 'been', 'being',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
