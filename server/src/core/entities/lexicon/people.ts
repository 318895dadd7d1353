// Words that mark a person: common given names of many languages, titles and roles (kept out of the
// name), and the particles that sit inside names. Lower-case keys, accents kept where names carry them
// (lookups fold accents, so "Jose" finds "josé").
import { wordSet } from './wordSet';

export const FIRST_NAMES = wordSet(`
  aaron adam adrian ahmed alan albert alberto alex alexander alexandra alexis alfred alfredo ali alice alicia
  allen amanda amy ana andrea andrew andy angela angelo ann anna anne annie anthony antonio arthur ashley
  barbara ben benjamin bernard beth betty bill billy bob bobby brad bradley brandon brenda brian bruce bruno
  bryan carl carlos carol caroline catherine charles charlie chris christian christina christine christopher
  chuck cindy claire clara claude colin craig cynthia dan daniel danny david dean deborah debbie dennis derek
  diana diane donald donna doug douglas dylan ed eddie edward elizabeth ellen emily emma eric erik ethan eugene
  frank fred gary george gerald gordon grace greg gregory harold harry heather helen henry howard ian jack
  jackie jacob james jane janet jason jeff jeffrey jennifer jenny jeremy jerry jessica jill jim jimmy joan joe
  john johnny jon jonathan joseph josh joshua joyce judy julia julie justin karen kate katherine kathleen
  kathy keith kelly ken kenneth kevin kim kimberly kristi kyle larry laura lauren lawrence lee leonard linda
  lisa lori louis lucy luke margaret maria marie mark martha martin mary matt matthew megan melissa michael
  michelle mike nancy nathan neil nicholas nick nicole noah oliver pamela pat patricia patrick paul peter
  phil philip rachel ralph randy raymond rebecca richard rick robert robin roger ronald rose roy russell ruth
  ryan sam samuel sandra sarah scott sean sharon shirley simon stephanie stephen steve steven susan tara
  ted teresa terry thomas tim timothy tina todd tom tony tyler victor victoria vincent walter wayne william
  willie zachary hillary barack joe kamala rudy ron newt mitt nikki marco ted rand lindsey mitch nancy chuck
  pete hunter melania ivanka jared tulsi kash stephen jd trevor mickey max monica graham graeme nigel
  ian alastair alistair hamish fergus rory declan liam sean seamus kieran glenn wade dwayne darren shane
  brett troy kurt boris barry derek gareth neville wayne dennis clive geoff geoffrey hugh malcolm
  alejandro alfonso álvaro andrés ángel antonia armando arturo beatriz carmen cecilia césar cristina delcy
  diego dolores eduardo elena emilio enrique ernesto esteban eva federico felipe fernando fidel francisco
  gabriel gabriela gonzalo guillermo gustavo héctor hugo ignacio isabel javier jesús jorge josé juan juana
  julio lorena lucía luis manuel marcelo margarita mariano mario marta mercedes miguel nicolás óscar pablo
  pedro rafael ramón raúl ricardo roberto rodolfo rodrigo rosa salvador santiago sergio silvia sofía teresa
  tomás vicente yolanda yamil yoani camila valentina mateo joaquín agustín leopoldo henrique
  joão paulo luiz luíz inácio jair dilma marcos thiago gilberto rogério sebastião antônio fábio
  jean jacques pierre françois françoise michel philippe nicolas emmanuel marine ségolène laurent olivier
  christophe dominique sylvie brigitte hélène véronique benoît thierry didier gérard alain yves rené
  hans klaus jürgen wolfgang helmut angela gerhard horst günter dieter uwe stefan karl heinz friedrich
  ursula olaf markus lukas jonas sven lars anders erik ingrid nils björn johan henrik
  giuseppe giovanni luca marco matteo paolo francesco silvio matteo romano sergio giorgia mario carlo
  alessandro roberto massimo enrico
  muhammad mohammed mohammad mohamed ahmad hassan hussein hosni omar abdul abdullah abdel ali khalid khaled
  mahmoud mustafa mostafa ibrahim ismail youssef yusuf yasser saddam bashar hafez moammar muammar recep
  tayyip salman fatima aisha leila layla nour hamid hamad rashid saad saeed tariq walid
  ziad karim jamal osama ayman nasser anwar yitzhak ehud ariel shimon naftali yair
  benny avigdor golda
  vladimir dmitry dmitri sergei sergey alexei aleksei alexey mikhail boris ivan igor oleg yuri yury viktor
  andrei andriy volodymyr petro yulia olena natalia natalya svetlana tatiana olga irina ekaterina yevgeny
  evgeny nikolai pavel anatoly leonid gennady vitaly vitali ramzan aleksandr lech donald andrzej jarosław
  václav miloš jan tomasz piotr krzysztof bogdan nicolae ion traian klaus viktor janez slobodan aleksandar
  xi li wang zhang liu chen yang zhao huang zhou wu jinping keqiang hu jintao wen jiabao deng mao chiang
  shinzo fumio yoshihide junichiro taro naoto kim jong jae-in suk-yeol geun-hye
  narendra rahul sonia indira manmohan amit arvind imran nawaz benazir shehbaz pervez sheikh hasina
  rodrigo ferdinand joko jokowi anwar mahathir lee hsien loong thaksin yingluck aung san suu kyi
  nelson jacob cyril thabo kofi ellen goodluck muhammadu bola paul uhuru william raila yoweri robert
  emmerson abiy`);

/** Words that name a role or an honour; they precede a name but are never part of it. */
export const TITLES = wordSet(`president vice-president vice premier prime minister ministers secretary
  undersecretary under-secretary deputy assistant chancellor king queen prince princess emperor empress
  pope cardinal bishop archbishop rabbi imam sheikh sheik ayatollah father sister brother reverend rev
  rev. pastor dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms. miss mister sir dame lord lady
  sen sen. senator rep rep. representative congressman congresswoman gov gov. governor lt lt. lieutenant
  gen. col col. colonel maj. capt capt. captain sgt sgt. sergeant adm adm. admiral
  cmdr commander commodore marshal field-marshal officer detective inspector superintendent sheriff
  master judge justice attorney attorney-general major-general lieutenant-general brigadier brigadier-general
  lieutenant-colonel vice-admiral rear-admiral ambassador envoy consul spokesman spokeswoman spokesperson chief
  director chairman chairwoman chair ceo cfo coo founder co-founder executive leader mayor councillor
  councilman councilwoman speaker commissioner chancellor dictator strongman coach manager striker
  midfielder defender goalkeeper fullback winger flanker captain skipper champion admiral foreign interior defense defence finance economy
  health trade justice home opposition acting former late interim incumbent then-president exiled
  ousted deposed dissident activist journalist analyst economist lawyer singer actor actress author
  writer poet artist`);

/** Titles that stand before "of": "Secretary of State Marco Rubio". */
export const TITLE_HEADS = wordSet(`secretary minister ministers president governor chief director head
  chairman commander leader mayor speaker ambassador undersecretary deputy`);

/** Portfolio words after "Secretary of" / "Minister of"; the whole phrase is a title. */
export const PORTFOLIOS = wordSet(`state defense defence homeland security treasury commerce energy health
  labor labour justice education agriculture interior transportation transport foreign affairs finance
  trade war staff human services economy the culture tourism information communications environment
  industry public works housing veterans`);

/** Lower-case words that sit inside personal names: "José de Córdoba", "van der Berg", "bin Salman". */
export const NAME_PARTICLES = wordSet(`de del della der den di da das do dos du la le los las des van von
  ten ter bin ibn bint al el y e zu`);

/** Forms of address that make the next name a person's. */
export const PERSON_HONORIFICS = wordSet(`mr mr. mrs mrs. ms ms. miss dr dr. sir dame`);

/** Lower-case nouns that put a person's name right after them: "his wife Naina", "striker Ronaldo". */
export const PERSON_NOUNS = wordSet(`wife husband son daughter brother sister mother father uncle aunt cousin
  nephew niece widow grandson granddaughter friend colleague rival partner girlfriend boyfriend fiance
  player players striker midfielder defender goalkeeper forward batsman bowler pitcher rider driver
  cyclist skier boxer golfer champion compatriot teammate opponent veteran rookie winger playmaker
  candidate nominee challenger incumbent deputy aide adviser advisor spokesman spokeswoman lawyer attorney
  judge prosecutor coach manager captain skipper president premier minister leader chairman director
  founder owner writer author novelist poet singer actor actress director economist analyst strategist
  dealer trader official envoy general colonel commander soldier pilot priest bishop cardinal rabbi`);
