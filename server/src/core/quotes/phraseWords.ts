// Word lists for reading speaker phrases: where a phrase starts and stops, and what is not part of a name.

export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'that', 'some', 'one', 'two', 'three', 'four', 'several', 'many', 'another', 'other', 'his', 'her', 'their', 'its', 'our', 'both', 'most', 'few', 'numerous', 'multiple', 'all', 'each']);
export const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'ben', 'st.']);
/** Words that end a speaker phrase when reading backwards. */
export const BACKWARD_STOPS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'as', 'when', 'while', 'because', 'if', 'where',
  'though', 'although', 'so', 'than', 'what', 'how', 'why', 'is', 'was', 'were', 'are', 'be', 'to', 'said', 'says',
  'after', 'before', 'until', 'whether', 'nor', 'yet', 'in', 'on', 'at', 'about', 'into', 'over', 'under',
]);
/** Words that end a speaker phrase when reading forwards ("said Ana Ruiz in a statement"). */
export const FORWARD_STOPS = new Set([
  'who', 'which', 'that', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'to', 'from',
  'about', 'and', 'but', 'because', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later',
  'recently', 'told', 'said', 'says', 'is', 'was', 'has', 'had', 'would', 'will', 'whose', 'via', 'through',
]);
export const CALENDAR_WORDS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
/** Sentence openers that are not part of the speaker ("Meanwhile the ministry said"). */
export const OPENERS = new Set(['According', 'Meanwhile', 'However', 'But', 'And', 'Also', 'Later', 'Earlier', 'Then', 'Now', 'Still', 'Yet', 'Instead', 'Separately', 'Previously', 'Today', 'Yesterday', 'So', 'Indeed']);
/** People who speak without a name: "officials said", "according to economists". */
export const UNNAMED_HEADS = new Set([
  'officials', 'official', 'sources', 'source', 'analysts', 'analyst', 'economists', 'experts', 'critics', 'residents',
  'witnesses', 'people', 'police', 'prosecutors', 'investigators', 'aides', 'aide', 'advisers', 'advisors', 'insiders',
  'diplomats', 'lawmakers', 'authorities', 'observers', 'supporters', 'opponents', 'organizers', 'organisers',
  'researchers', 'scientists', 'doctors', 'spokesman', 'spokeswoman', 'spokesperson', 'representatives', 'activists',
  'voters', 'protesters', 'demonstrators', 'reports', 'report', 'polls', 'data', 'figures', 'documents', 'statement',
  'forecasters', 'engineers', 'volunteers', 'farmers', 'growers', 'workers', 'neighbours', 'neighbors', 'teachers',
  'parents', 'students', 'rescuers', 'firefighters', 'soldiers', 'troops', 'crews', 'survivors', 'locals', 'villagers',
]);
