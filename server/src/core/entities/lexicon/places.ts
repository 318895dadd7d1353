// Place names and the words that mark a place. Lower-case, accents folded by lookup.
import { phraseSet, wordSet } from './wordSet';

export const COUNTRIES = phraseSet(`afghanistan, albania, algeria, andorra, angola, argentina, armenia,
  australia, austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin,
  bhutan, bolivia, bosnia, bosnia and herzegovina, herzegovina, botswana, brazil, brunei, bulgaria,
  burkina faso, burundi, cambodia, cameroon, canada, cape verde, chad, chile, china, colombia, comoros,
  congo, costa rica, croatia, cuba, cyprus, czech republic, czechia, denmark, djibouti, dominica,
  dominican republic, ecuador, egypt, el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland,
  france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti,
  honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica,
  japan, jordan, kazakhstan, kenya, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia,
  libya, liechtenstein, lithuania, luxembourg, macedonia, north macedonia, madagascar, malawi, malaysia,
  maldives, mali, malta, mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro, morocco,
  mozambique, myanmar, burma, namibia, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria,
  north korea, south korea, korea, norway, oman, pakistan, palestine, panama, papua new guinea, paraguay,
  peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa, san marino, saudi arabia,
  senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, somalia, south africa,
  south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan,
  tanzania, thailand, togo, tonga, trinidad, tobago, trinidad and tobago, tunisia, turkey, türkiye,
  turkmenistan, uganda, ukraine, united arab emirates, uae, united kingdom, uk, u.k., britain,
  great britain, england, scotland, wales, northern ireland, united states, united states of america,
  us, u.s., usa, u.s.a., america, uruguay, uzbekistan, vanuatu, vatican, venezuela, vietnam, yemen,
  zambia, zimbabwe, puerto rico, greenland, hong kong, macau, tibet, gaza, gaza strip, west bank,
  crimea, chechnya, kashmir, kurdistan, zaire, yugoslavia, soviet union, ussr, czechoslovakia,
  the netherlands, the gambia, the bahamas, the philippines, russian federation, slovak republic`);

/** Nationality adjectives and the country they belong to; alone they are not entities. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  `afghan:afghanistan albanian:albania algerian:algeria american:united states angolan:angola
  argentine:argentina argentinian:argentina armenian:armenia australian:australia austrian:austria
  belgian:belgium bolivian:bolivia bosnian:bosnia brazilian:brazil british:united kingdom
  bulgarian:bulgaria cambodian:cambodia canadian:canada chilean:chile chinese:china colombian:colombia
  congolese:congo croatian:croatia croat:croatia cuban:cuba cypriot:cyprus czech:czech republic
  danish:denmark dane:denmark dominican:dominican republic dutch:netherlands ecuadorian:ecuador
  egyptian:egypt english:england eritrean:eritrea estonian:estonia ethiopian:ethiopia filipino:philippines
  finnish:finland french:france georgian:georgia german:germany ghanaian:ghana greek:greece
  guatemalan:guatemala haitian:haiti honduran:honduras hungarian:hungary icelandic:iceland indian:india
  indonesian:indonesia iranian:iran iraqi:iraq irish:ireland israeli:israel italian:italy
  jamaican:jamaica japanese:japan jordanian:jordan kazakh:kazakhstan kenyan:kenya korean:korea
  kosovar:kosovo kuwaiti:kuwait latvian:latvia lebanese:lebanon liberian:liberia libyan:libya
  lithuanian:lithuania malaysian:malaysia malian:mali maltese:malta mexican:mexico moldovan:moldova
  mongolian:mongolia moroccan:morocco mozambican:mozambique namibian:namibia nepalese:nepal
  nicaraguan:nicaragua nigerian:nigeria nigerien:niger norwegian:norway pakistani:pakistan
  palestinian:palestine panamanian:panama paraguayan:paraguay peruvian:peru polish:poland
  portuguese:portugal qatari:qatar romanian:romania russian:russia rwandan:rwanda saudi:saudi arabia
  scottish:scotland scots:scotland senegalese:senegal serbian:serbia serb:serbia singaporean:singapore
  slovak:slovakia slovenian:slovenia somali:somalia spanish:spain sri-lankan:sri lanka sudanese:sudan
  swedish:sweden swiss:switzerland syrian:syria taiwanese:taiwan tanzanian:tanzania thai:thailand
  tunisian:tunisia turkish:turkey ugandan:uganda ukrainian:ukraine emirati:united arab emirates
  uruguayan:uruguay uzbek:uzbekistan venezuelan:venezuela vietnamese:vietnam welsh:wales yemeni:yemen
  zambian:zambia zimbabwean:zimbabwe soviet:soviet union yugoslav:yugoslavia european:europe
  african:africa asian:asia arab:arab world latino:latin america hispanic:latin america
  caribbean:caribbean kurdish:kurdistan kurd:kurdistan bosniak:bosnia chechen:chechnya tamil:sri lanka`
    .split(/\s+(?=[a-z-]+:)/)
    .map((pair) => pair.trim().split(':') as [string, string]),
);

export const CITIES = phraseSet(`havana, caracas, miami, washington, new york, new york city, los angeles,
  chicago, houston, boston, san francisco, seattle, atlanta, dallas, philadelphia, detroit, denver,
  phoenix, las vegas, orlando, tampa, new orleans, baltimore, pittsburgh, cleveland, st. louis,
  st louis, saint louis, minneapolis, san diego, san antonio, austin, nashville, charlotte, sacramento, portland, honolulu,
  anchorage, palm beach, mar-a-lago, key west, hialeah, london, paris, berlin, madrid, barcelona, rome,
  milan, naples, lisbon, porto, dublin, edinburgh, glasgow, manchester, liverpool, birmingham, leeds,
  brussels, amsterdam, rotterdam, the hague, vienna, zurich, geneva, bern, stockholm, oslo, copenhagen,
  helsinki, warsaw, prague, budapest, bucharest, sofia, belgrade, zagreb, athens, istanbul, ankara,
  moscow, st. petersburg, kiev, kyiv, minsk, tbilisi, baku, yerevan, jerusalem, tel aviv, beirut,
  damascus, amman, baghdad, tehran, riyadh, jeddah, mecca, dubai, abu dhabi, doha, cairo, alexandria,
  tripoli, tunis, algiers, rabat, casablanca, khartoum, addis ababa, nairobi, lagos, abuja, accra,
  dakar, kinshasa, johannesburg, cape town, pretoria, harare, luanda, kabul, islamabad, karachi, lahore,
  new delhi, delhi, mumbai, bombay, kolkata, calcutta, chennai, bangalore, dhaka, colombo, kathmandu,
  beijing, shanghai, hong kong, guangzhou, shenzhen, wuhan, taipei, tokyo, osaka, kyoto, seoul,
  pyongyang, bangkok, hanoi, ho chi minh city, saigon, manila, jakarta, kuala lumpur, singapore,
  yangon, sydney, melbourne, brisbane, perth, canberra, auckland, wellington, toronto, montreal,
  vancouver, ottawa, quebec, mexico city, guadalajara, monterrey, tijuana, cancun, guatemala city,
  san salvador, tegucigalpa, managua, san jose, panama city, bogota, bogotá, medellin, medellín, cali,
  quito, guayaquil, lima, la paz, santiago, buenos aires, montevideo, asuncion, asunción, brasilia,
  brasília, rio de janeiro, sao paulo, são paulo, santo domingo, port-au-prince, kingston, san juan,
  valparaíso, valparaiso, concepción, rosario, córdoba, arequipa, cusco, cartagena, barranquilla, puebla,
  santiago de cuba, camagüey, holguín, matanzas, cienfuegos, maracaibo, valencia, maracay, barquisimeto,
  guantanamo, guantánamo, bethlehem, gaza city, ramallah, mosul, basra, aleppo, homs, kandahar,
  sarajevo, pristina, skopje, tirana, chisinau, vilnius, riga, tallinn, reykjavik, luxembourg, monaco,
  strasbourg, lyon, marseille, nice, frankfurt, munich, hamburg, cologne, bonn, stuttgart, dusseldorf,
  düsseldorf, leipzig, dresden, turin, florence, venice, seville, bilbao, bordeaux, lille, nantes,
  toulouse, antwerp, rotterdam, gothenburg, krakow, gdansk, odessa, kharkiv, donetsk, luhansk, mariupol,
  sevastopol, vladivostok, novosibirsk, grozny, hollywood, silicon valley, wall street, downing street,
  capitol hill, the bronx, brooklyn, manhattan, queens`);

export const US_STATES = phraseSet(`alabama, alaska, arizona, arkansas, california, colorado, connecticut,
  delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine,
  maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
  new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon,
  pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia,
  washington, west virginia, wisconsin, wyoming, district of columbia, d.c., ontario, quebec,
  british columbia, alberta, bavaria, catalonia, andalusia, siberia, chechnya, xinjiang, tibet,
  kurdistan, punjab, kashmir, sichuan, guangdong, zulia, pinar del rio, pinar del río`);

export const REGIONS = phraseSet(`latin america, south america, north america, central america, the americas,
  americas, caribbean, the caribbean, europe, western europe, eastern europe, central europe, asia,
  east asia, southeast asia, south asia, central asia, africa, north africa, west africa, east africa,
  southern africa, sub-saharan africa, middle east, the middle east, near east, far east, gulf,
  persian gulf, the gulf, balkans, the balkans, scandinavia, baltics, oceania, antarctica, arctic,
  mediterranean, atlantic, pacific, indian ocean, sahara, sahel, amazon, andes, himalayas, alps,
  patagonia, west, the west, midwest, new england, florida straits, straits of florida, gulf of mexico,
  bay of pigs, sierra maestra, rocky mountains, mississippi river, rio grande, strait of hormuz,
  south china sea, black sea, red sea, caspian sea, baltic sea, north sea, english channel, suez canal,
  panama canal, golan heights, sinai, west bank, crimea, donbas, gaza strip, korean peninsula,
  iberian peninsula, anatolia, caucasus, eurasia, europe`);

/** Last words that make a place: "Bay of Pigs" starts with one, "Hudson River" ends with one. */
export const PLACE_CUES = wordSet(`island islands isle isles river rivers mountain mountains mount mt mt.
  sea ocean lake lakes bay gulf strait straits channel canal peninsula desert valley coast beach
  street st. avenue ave ave. road boulevard blvd square plaza park bridge highway province provinces
  county district region state territory city town village airport harbour harbor port
  heights hills hill falls cape capitol forest canyon basin reef delta`);

/** Place cues that start a name before "of": "Gulf of Mexico", "Bay of Pigs", "Isle of Man". */
export const PLACE_HEADS = wordSet(`gulf bay isle island islands strait straits sea cape lake mount
  province city state district region republic kingdom commonwealth principality port`);
