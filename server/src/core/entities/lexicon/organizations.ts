// Organisation names and the words that mark one. Lower-case, accents folded by lookup.
import { phraseSet, wordSet } from './wordSet';

/** Last words that make an organisation: "State Department", "Wall Street Journal", "Acme Corp". */
export const ORG_CUES = wordSet(`department ministry agency agencies church university college school exchange
  sa s.a. spa ag nv n.v. bv gmbh bros bros. ab asa oyj llp plc. ltda
  institute institution academy party court courts council bank journal times post news press
  committee commission association union corp corp. corporation inc inc. ltd ltd. llc plc co co. company
  companies group administration forces army navy marines air force guard police service services
  office bureau foundation fund trust society federation league club team board authority
  parliament congress senate assembly cabinet government embassy consulate mission
  organization organisation organizations network networks channel tv radio television broadcasting
  magazine herald tribune gazette telegraph guardian observer chronicle review monitor daily weekly
  reporter examiner inquirer globe star sun mail express reuters airlines airline
  airways motors industries holdings partners securities bancorp financial insurance energy
  oil petroleum pharmaceuticals systems technologies labs laboratories studios records media
  entertainment communications telecom hospital clinic center centre museum library brigade brigades
  battalion regiment division command corps front movement alliance coalition caucus secretariat
  directorate intelligence fc united rovers wanderers athletic force`);

/**
 * First words of club, firm and body names, English and foreign: "FC Porto", "Real Sociedad",
 * "Cartel de los Soles", "Partido Comunista".
 */
export const ORG_PREFIXES = wordSet(`fc ac as sc sk sv vfb vfl tsv fk nk hnk cf cd ud rcd real sporting
  dynamo dinamo deportivo atletico atlético olympique olympiacos racing rapid lokomotiv spartak torpedo
  partizan slavia sparta inter cartel banco grupo partido ministerio universidad frente ejército fuerzas
  movimiento instituto consejo comité comisión tribunal agence banque parti ministère université
  conseil front union`);

/** First words that make an organisation before "of": "Bank of England", "University of Havana". */
export const ORG_HEADS = wordSet(`department ministry university bank council court church college
  institute academy board bureau office house chamber commission committee federation association
  union league organization organisation party society order museum school army centre center fund
  foundation agency alliance movement front coalition`);

/** Acronyms and short names of well-known organisations (upper-case keys kept as written). */
export const ORG_ACRONYMS = wordSet(`un u.n. nato eu e.u. cia fbi nsa dea ice cbp dhs doj dod fda cdc epa
  irs sec ftc fcc faa nasa noaa nih usaid imf wto who unesco unicef unhcr opec oas asean apec g7 g8 g20
  brics osce iaea icc icj interpol ap afp upi bbc cnn cbs nbc abc msnbc npr pbs fox hbo espn itv rte
  rai zdf ard nhk kcna tass ria xinhua efe dpa ansa cnbc wsj nyt ft gop dnc rnc anc plo idf hamas
  hezbollah isis isil farc eln psuv pcc mi5 mi6 kgb fsb gru stasi sebin dgci mfa nhs fifa uefa ioc nba
  nfl mlb nhl ncaa ibm hp gm ge at&t bp bmw vw kpmg pwc ey`);

/** Whole names of organisations that carry no cue word. */
export const ORGANIZATIONS = phraseSet(`reuters, associated press, agence france-presse, bloomberg,
  white house, pentagon, kremlin, state department, congress, senate, parliament, vatican, interpol,
  united nations, european union, european commission, european parliament, african union,
  world bank, world health organization, red cross, red crescent, amnesty international,
  human rights watch, greenpeace, google, apple, microsoft, amazon, facebook, meta, twitter, x corp,
  truth social, tesla, spacex, netflix, youtube, tiktok, instagram, whatsapp, telegram, boeing, airbus, exxon,
  exxonmobil, chevron, shell, gazprom, rosneft, pdvsa, citgo, toyota, honda, nissan, volkswagen,
  samsung, sony, huawei, alibaba, tencent, nokia, ericsson, siemens, philips, unilever, nestle, nestlé,
  walmart, disney, paramount, warner bros, nike, adidas, goldman sachs, jpmorgan, morgan stanley,
  citigroup, barclays, hsbc, ubs, deutsche bank, pfizer, moderna, novartis, bayer, oxfam, taliban,
  al qaeda, al-qaeda, hamas, hezbollah, nato, opec, mossad, scotland yard, downing street, elysee,
  élysée, politburo, knesset, duma, bundestag, bundesbank, federal reserve, treasury, gop,
  supreme court, daily mail, new york post, fox news, cnn, bbc, al jazeera, telemundo, univision,
  newsmax, politico, axios, breitbart, the atlantic, the economist, economist, newsweek,
  the new york times, new york times, washington post, wall street journal, financial times,
  los angeles times, miami herald, usa today, el país, el pais, granma, cubadebate, 14ymedio,
  el nuevo herald, democrats, republicans, labour, tories, conservatives, bolsheviks, nasdaq,
  dow jones, nyse, ford, chrysler, general motors, general electric, coca-cola, pepsi, mcdonald's,
  ryanair, lufthansa, aeroflot, british airways`);

/** News agencies and wire services cited as sources. */
export const NEWS_AGENCIES = phraseSet(`reuters, associated press, ap, afp, agence france-presse, bloomberg,
  efe, dpa, ansa, xinhua, tass, ria novosti, interfax, kyodo, yonhap, anadolu, upi, prensa latina`);

/** Lower-case nouns that put an organisation's name right after them: "news agency Tanjug". */
export const ORG_NOUNS = wordSet(`company firm group agency bank party club team side carrier airline maker
  manufacturer producer insurer retailer broker brokerage newspaper daily weekly magazine station channel
  network broadcaster publisher operator giant conglomerate subsidiary unit utility lender fund charity
  organisation organization movement militia faction union association federation ministry`);
