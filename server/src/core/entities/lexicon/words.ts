// Closed lists of capitalised words that are not names: they start sentences, name times, or stand
// for people already named. Lower-case keys.
import { wordSet } from './wordSet';

export const MONTHS = wordSet(`january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = wordSet(`monday tuesday wednesday thursday friday saturday sunday mon tue tues
  wed thu thur thurs fri sat sun`);

export const PRONOUNS = wordSet(`i me my mine myself you your yours yourself he him his himself she her
  hers herself it its itself we us our ours ourselves they them their theirs themselves this that these
  those who whom whose which what whoever whatever one someone somebody anyone anybody everyone everybody
  nobody nothing something anything everything`);

/**
 * Words that begin sentences or quotations without being names: determiners, prepositions,
 * conjunctions, adverbs and the common verbs and nouns of news prose. A capitalised word from this list
 * is dropped when it stands first in a sentence, and never starts a name.
 */
export const SENTENCE_STARTERS = wordSet(`a an the and but or nor so yet for if then than when while where why
  how whether because since although though unless until after before during as at by from in into of off on
  onto out over under up down with within without about above across against along among around behind below
  beneath beside besides between beyond despite except inside near outside past per through throughout toward
  towards upon via to not no yes all any both each either every few many more most much neither none other
  others several some such only also even just still already always never often sometimes perhaps maybe
  however meanwhile moreover furthermore nevertheless nonetheless instead indeed thus hence therefore
  otherwise likewise similarly consequently accordingly besides afterwards later earlier now today tonight
  yesterday tomorrow here there again once twice first firstly second secondly third thirdly finally last
  lastly next further overall altogether together ultimately eventually initially currently recently
  previously subsequently separately elsewhere despite asked speaking according based given including
  following amid amidst while whilst is are was were be been being am do does did done have has had having
  will would shall should can could may might must let lets let's please thank thanks sorry well oh ok okay
  hello hi dear sir madam says said say told tells asks added adds latest breaking update updated exclusive watch read see share follow subscribe comment comments photo
  photos video videos image images file source sources via editor editors note reporting additional
  officials analysts experts critics residents sign click advertisement sponsored related more less what who whom whose which that this these those
  there's it's that's what's here's he's she's we're they're i'm i've we've don't doesn't didn't can't
  won't isn't aren't wasn't weren't`);

/** Capitalised words that look like names but, alone, never are in news prose. */
export const NEVER_NAMES = wordSet(`god internet web online english spanish french portuguese arabic
  chinese russian german italian japanese korean latin communist communists communism socialist
  socialists socialism democrat democrats republican republicans catholic catholics christian christians
  muslim muslims jewish jews islam islamic marxist marxists marxism stalinist stalinism capitalism
  conservative conservatives liberal liberals independent independents prime minister president ceo
  chairman mayor governor senator secretary spokesman spokeswoman spokesperson chief reporter correspondent
  democratic federal national royal supreme western eastern northern southern central international
  global united federalist revolutionary soviet orthodox protestant evangelical sunni shiite shia
  anti-imperialist one two three four five six seven eight nine ten eleven twelve twenty hundred
  thousand million billion first second third fourth fifth sixth seventh eighth ninth tenth
  ap-norc gmt utc est edt et pst pdt cst cdt bst cet am pm ad bc covid covid-19 coronavirus`);

/** Words that rarely stand in a personal name: a short run holding one is an organisation or an event. */
export const UNLIKE_PERSON = wordSet(`all white red black blue green gold golden silver human rights options
  stock market fields world series democracy wall united national international royal general great
  grand high supreme federal public free liberal democratic republican social labour labor people
  peoples popular workers trade industrial commercial financial investment capital development trust
  holdings energy power oil gas steel motor motors air shipping trading securities insurance research
  cup championship championships open masters tour games trophy award prize medal sox stars giants
  lions tigers bears bulls rangers blacks reds blues whites eagles hawks kings devils saints wanderers
  rovers city town county real sporting athletic dynamo inter standard olympic olympique academy school
  day week year airport station plaza square tower towers hall house center centre park stadium arena`);
