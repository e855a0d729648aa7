"""Word tables the people extractor leans on: general news English, no story's names."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "lexicon" / "data"


def words(text: str) -> frozenset[str]:
    """A word set written as one string, so tables stay compact."""
    return frozenset(text.split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (lower-case, accents folded): a strong, not a sure, person signal."""
    try:
        lines = (_DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    except OSError:  # a broken install should degrade, not crash the analysis
        lines = []
    return frozenset(fold(w) for w in lines if w and not w.startswith("#")) - AMBIGUOUS_GIVEN


def fold(word: str) -> str:
    """Lower-case without accents, so "José" and "Jose" meet."""
    if word.isascii():
        return word.lower()
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).lower().replace("’", "'")


# Given names that are also places or ordinary words: a person signal only with other evidence.
AMBIGUOUS_GIVEN = words(
    """will mark grant chase rich guy bill hope joy destiny dawn sandy rose ruby pearl iris ivy lily
    holly amber crystal april june jade faith grace angel christian trinity liberty major earl duke
    king prince royal page lane reed drew frank skip buck bud sonny rusty ray jay pat art bo ty dot
    kit sal val les gus wes stu ike mel ed al don sue pam kat fern flora opal nell cliff glen dale
    heath forrest brooks dallas denver orlando austin madison savannah georgia virginia jordan
    florence chelsea victoria charlotte sydney raleigh dakota cheyenne phoenix paris lincoln chester
    milan adelaide regina geneva eugene hudson houston aurora carolina kent devon brooklyn israel
    clinton warren franklin stanley marshall carter mason tucker porter spencer taylor morgan clay
    nelson jackson harrison chandler preston milton irving lamar kirby bryant walt jersey"""
)

# Nickname -> the canonical given name, so "Ken Genalo" and "Kenneth Genalo" share a key.
_NICKS = {
    "abraham": "abe",
    "albert": "al bert bertie",
    "alexander": "alex alec xander sasha sandy",
    "alexandra": "alexa lexi",
    "alfred": "alf alfie fred",
    "andrew": "andy drew",
    "anthony": "tony",
    "arthur": "art artie",
    "barbara": "barb barbie babs",
    "benjamin": "ben benny benji",
    "bernard": "bernie",
    "bradley": "brad",
    "calvin": "cal",
    "cameron": "cam",
    "catherine": "",
    "charles": "charlie chuck chas chaz chip",
    "christina": "tina",
    "christopher": "chris kit topher",
    "cynthia": "cindy",
    "daniel": "dan danny",
    "david": "dave davey",
    "deborah": "debbie deb debra",
    "dominic": "dom",
    "donald": "don donnie donny",
    "douglas": "doug",
    "edward": "ed eddie eddy ted teddy ned",
    "elizabeth": "liz lizzie beth betsy betty eliza libby lisa",
    "eugene": "gene",
    "frederick": "fred freddie freddy",
    "francis": "frank frankie",
    "gabriel": "gabe",
    "gerald": "gerry jerry",
    "gregory": "greg",
    "harold": "hal harry",
    "henry": "hank",
    "herbert": "herb",
    "isaac": "ike",
    "jacob": "jake",
    "james": "jim jimmy jamie",
    "jeffrey": "jeff",
    "jennifer": "jen jenny",
    "jessica": "jess jessie",
    "john": "jack johnny jon",
    "jonathan": "jon",
    "joseph": "joe joey",
    "joshua": "josh",
    "judith": "judy",
    "katherine": "kate katie kathy cathy kat kathryn catherine katharine kathleen kay",
    "kenneth": "ken kenny",
    "kimberly": "kim",
    "lawrence": "larry",
    "leonard": "len lenny leo",
    "louis": "lou louie",
    "margaret": "maggie meg peggy marge margie",
    "matthew": "matt",
    "michael": "mike mick mickey",
    "mitchell": "mitch",
    "nathaniel": "nate nat",
    "nicholas": "nick nicky",
    "pamela": "pam",
    "patricia": "pat patty patsy trish tricia",
    "patrick": "pat paddy",
    "peter": "pete",
    "philip": "phil",
    "phillip": "",
    "raymond": "ray",
    "rebecca": "becky becca",
    "richard": "rick ricky rich dick",
    "robert": "bob bobby rob robbie bert",
    "ronald": "ron ronnie",
    "russell": "russ",
    "samuel": "sam sammy",
    "stanley": "stan",
    "stephen": "steve stevie steven",
    "stuart": "stu",
    "susan": "sue susie suzy",
    "theodore": "theo",
    "thomas": "tom tommy",
    "timothy": "tim timmy",
    "victoria": "vicky vicki tori",
    "vincent": "vince",
    "walter": "walt wally",
    "william": "bill billy will willie willy liam",
    "zachary": "zach zack",
}
NICKNAMES: dict[str, str] = {n: full for full, nicks in _NICKS.items() for n in nicks.split()}
NICKNAMES["phillip"] = "philip"

# Honorifics: a person marker, but no role.
HONORIFICS = words("mr mr. mrs mrs. ms ms. miss dr dr. mx mx. hon hon. sir dame madam")

# Abbreviated titles, spelled out when they become a role.
TITLE_ABBREVIATIONS = {
    "sen.": "Senator",
    "sens.": "Senator",
    "reps.": "Representative",
    "rep.": "Representative",
    "gov.": "Governor",
    "gen.": "General",
    "lt.": "Lieutenant",
    "col.": "Colonel",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "cmdr.": "Commander",
    "adm.": "Admiral",
    "maj.": "Major",
    "prof.": "Professor",
    "rev.": "Reverend",
    "supt.": "Superintendent",
    "det.": "Detective",
    "amb.": "Ambassador",
    "atty.": "Attorney",
    "cpl.": "Corporal",
    "pvt.": "Private",
    "pres.": "President",
    "lt.gov.": "Lieutenant Governor",
}

# Capitalised words that, in a run of capitals, mark a title before a name ("Acting Director X").
TITLE_WORDS = (
    words(
        """president vice secretary director chief deputy acting executive associate assistant
    senator representative congressman congresswoman governor lieutenant mayor judge justice attorney
    general colonel sergeant captain commander admiral major corporal private officer trooper
    professor reverend pastor father rabbi imam bishop archbishop cardinal pope sheriff detective
    inspector superintendent commissioner chairman chairwoman chairperson chair speaker leader
    majority minority chancellor minister prime premier ambassador envoy czar tsar spokesman
    spokeswoman spokesperson administrator councilman councilwoman councilmember alderman
    assemblyman assemblywoman delegate staff senior special principal counsel solicitor surgeon
    coach manager treasurer comptroller auditor prosecutor ceo cfo coo cto founder co-founder
    chief-of-staff former then-president then-secretary interim agent king queen prince princess
    lord lady emir sheikh sultan crown president-elect vice-president councillor councilor cllr
    alderwoman selectman selectwoman supervisor magistrate constable warden marshal brigadier
    commodore mp mep msp mla mpp td coroner"""
    )
    | HONORIFICS
    | frozenset(TITLE_ABBREVIATIONS)
)
# Of those, the ones that also make common surnames or given names need a name after them
# and must not follow a given name ("Martin Luther King").
TITLE_SURNAMES = words("king major judge bishop prince pope lord speaker chancellor chair sheriff")

# Nouns that head a role phrase ("the agency's top deportation official").
ROLE_HEADS = words(
    """president vice-president secretary director chief deputy czar tsar official officer officials
    spokesman spokeswoman spokesperson minister senator representative congressman congresswoman
    governor mayor judge justice attorney lawyer prosecutor commissioner chairman chairwoman
    chairperson chair ceo cfo coo cto founder co-founder cofounder executive manager head leader
    administrator ambassador envoy diplomat adviser advisor aide analyst economist professor
    researcher scientist physician doctor surgeon nurse teacher student reporter journalist editor
    columnist correspondent author coach captain general colonel sergeant lieutenant commander
    admiral sheriff detective inspector superintendent principal dean chancellor provost premier
    pastor priest rabbi imam bishop counsel strategist consultant pollster activist organizer
    lobbyist candidate nominee lawmaker legislator politician delegate councilman councilwoman
    councilmember alderman assemblyman assemblywoman speaker whip treasurer comptroller auditor
    trustee regulator investor banker entrepreneur engineer architect designer artist actor actress
    singer musician producer filmmaker photographer epidemiologist psychologist historian expert
    specialist employee worker resident mother father son daughter wife husband widow brother
    sister grandmother grandfather victim suspect defendant plaintiff witness survivor veteran
    owner member partner boss commissioner agent staffer staffers loyalist ally critic rival
    president-elect secretary-general director-general attorney-general governor-general
    marshal commissar governor prime-minister premier king queen prince princess monarch emir
    sheikh sultan chief-of-staff spokesperson representative master assistant accountant attendant
    servant immigrant migrant applicant merchant tenant parent patient client clerk mechanic
    soldier firefighter paramedic medic chef pilot cook hydrologist host anchor commentator pundit
    contributor writer novelist poet comedian billionaire millionaire businessman businesswoman
    tycoon mogul magnate star rapper influencer podcaster blogger lady gentleman frontman
    negotiator mediator organiser coordinator director-designate nominee appointee deputy-director
    investigator researcher lecturer fellow scholar chaplain minister-designate heir nephew niece
    cousin uncle aunt grandson granddaughter friend neighbor neighbour colleague girlfriend
    boyfriend fiancé fiancee partner stepfather stepmother stepson stepdaughter coroner examiner
    defender laureate forecaster meteorologist geologist seismologist climatologist volcanologist
    oceanographer biologist ecologist virologist pathologist toxicologist criminologist sociologist
    ranger lifeguard fisherman rancher miner trucker driver sailor skipper volunteer vicar nun monk
    cleric archbishop cardinal patriarch warden constable trooper pharmacist dentist midwife therapist
    psychiatrist paralegal registrar bailiff supervisor foreman landlord homeowner shopkeeper
    superintendent headteacher headmaster headmistress director-designate ombudsman ombudsperson
    controller commander-in-chief undersecretary under-secretary"""
)
# Role heads that are also common surnames: never evidence that a capitalised token is not a name.
_SURNAME_HEADS = words(
    "judge bishop king prince marshal dean chancellor page speaker farmer butler porter major cook pilot "
    "master parent driver constable miner monk cardinal warden sailor"
)
NOT_NAME_ROLE_WORDS = ROLE_HEADS - _SURNAME_HEADS

# Role-phrase head synonyms, folded for comparing roles across sources.
HEAD_SYNONYMS = {
    "head": "chief",
    "boss": "chief",
    "leader": "chief",
    "chief-of-staff": "chief",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "advisor": "adviser",
    "aide": "adviser",
    "tsar": "czar",
    "officials": "official",
    "congressman": "representative",
    "congresswoman": "representative",
    "lawyer": "attorney",
    "co-founder": "founder",
    "cofounder": "founder",
    "staffer": "official",
}

# Lower-case words that may stand before a role head inside a title ("former deputy").
ROLE_MODIFIERS = words(
    """deputy acting senior former longtime long-time assistant associate executive vice top chief
    interim then current outgoing incoming new veteran retired special principal general lead
    managing founding national federal state local regional foreign press border campaign security
    policy defense defence health finance economic trade immigration homeland interior justice
    legislative communications operations public high-ranking senior-most elected appointed
    de-facto de facto self-described so-called top-ranking second-ranking third-ranking military
    police fire city county district union party team club company agency department ministry
    government administration white house"""
)

# Lower-case words that end a walk back from a name over its title ("like border czar X").
LEFT_STOPS = words(
    """the a an this that these those his her their its our my your whose which who whom what
    and or but nor of to in on at by for from with without about as like than then when while
    after before during since until under over into onto among amid between against across
    through toward towards within beyond despite including said says told asked added is was are
    were be been being has have had will would could should may might must can do does did not
    also only even just so such both all some many most more several few each every any other
    another it he she they we i you him them us me if because although though whether where why
    how there here per via named called dubbed late"""
)

# Verbs of speech that follow or precede a person's name.
SPEECH_VERBS = words(
    """said says told added noted argued wrote writes stated explained warned announced tweeted
    posted insisted claimed acknowledged confirmed asked replied responded recalled testified
    continued conceded declared admitted urged suggested predicted contended cautioned emphasized
    emphasised stressed believes thinks thought agreed disagreed denied"""
)

# "X, who headed Y" -> "head of Y".
LEAD_VERBS = {
    "heads": "head",
    "headed": "head",
    "leads": "head",
    "led": "head",
    "runs": "head",
    "ran": "head",
    "oversees": "head",
    "oversaw": "head",
    "directs": "director",
    "directed": "director",
    "manages": "manager",
    "managed": "manager",
    "chairs": "chair",
    "chaired": "chair",
    "founded": "founder",
    "co-founded": "co-founder",
    "represents": "representative",
    "represented": "representative",
    "commands": "commander",
    "commanded": "commander",
}

# Capitalised words that begin a sentence or heading but never a name.
CAP_STOPS = words(
    """the a an this that these those it its he she they we i you his her their our my your in on at
    by for from to of with without about after before during since until under over into onto upon
    among amid amidst between against across through throughout toward towards within beyond
    despite though although while whilst when whenever where wherever why how what which who whom
    whose if unless because as and but or nor so yet also additionally meanwhile however moreover
    furthermore still then thus hence indeed instead otherwise nevertheless nonetheless yes no not
    now today tonight yesterday tomorrow earlier later last next first second third finally once
    some many most more several few all both each every any other another such only even just here
    there please said says asked according like unlike via plus besides given following
    including regarding near inside outside behind above below photo image video credit source
    editor note opinion analysis exclusive breaking update updated related read watch listen
    subscribe advertisement sponsored share click see more less new old big small top key
    monday tuesday wednesday thursday friday saturday sunday january february march may july
    september october november december feb mar apr jun jul aug sep sept oct nov dec
    overall together altogether anyway whatever whoever everyone everybody someone somebody
    nobody nothing something anything everything none neither either much little enough
    perhaps maybe certainly clearly obviously unfortunately fortunately ultimately initially
    currently recently previously originally eventually already again always never often
    sometimes usually generally specifically particularly especially critics supporters officials
    experts analysts residents people authorities lawmakers democrats republicans
    americans immigrants agents sources reports data figures numbers section chapter part page
    figure table appendix story"""
)
# Of those, words that may open a title ("New York Gov.", "First Lady", "Top Democrat").
TITLE_LEADS = words("new first top big key second third last next little")
# Days and months, stripped from either end of a run of capitals.
CALENDAR = words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december"""
)

# Words that make a run of capitals an organisation, building or place, not a person.
ORG_WORDS = words(
    """department dept agency administration division directorate office bureau service services
    investigations enforcement security council committee commission court courts police party
    association institute institution university college school academy foundation fund trust
    bank group inc inc. corp corp. corporation co co. llc ltd ltd. plc company companies times post
    news journal press network tribune herald gazette magazine studios studio center centre hall
    stadium arena park street avenue road boulevard square house building tower towers plaza mall
    airport station hospital clinic church cathedral mosque temple synagogue museum library gallery
    theater theatre river lake mountain mountains island islands county city state states republic
    kingdom empire ministry congress senate parliament assembly army navy force forces corps guard
    operations management capital partners holdings technologies technology systems labs
    laboratories airlines airways motors media entertainment pictures records industries
    international global worldwide solutions federation union league club team board authority
    reserve treasury pentagon cabinet government coalition alliance movement campaign project action
    watch forum network caucus center institute
    program programme initiative act bill law amendment treaty accord agreement plan report index
    exchange market markets beach springs falls valley heights hills bay harbor harbour port fort
    district province region territory coast desert forest canyon creek village town township
    borough base camp prison jail penitentiary facility hotel resort restaurant cafe casino farm
    ranch estate gardens garden zoo bridge tunnel highway freeway route railway railroad channel
    radio television tv review daily weekly observer telegraph chronicle examiner inquirer courier
    sound strait straits sentinel register bulletin dispatch embassy consulate mission caucus chamber regime brigade
    battalion regiment squadron fleet command unit taskforce cartel gang organization organisation
    society diocese archdiocese books publishing publishers music sports athletics fc united
    customs immigration homeland border federal national american democrats republicans
    conservatives liberals labour greens takeaways highlights overview summary background
    timeline contents introduction conclusion cities countries nations affairs relations
    intelligence defense defence justice health education energy commerce labor interior
    transportation agriculture veterans resources development research studies science sciences
    medicine economics policy affairs rights watch live world europe asia africa america
    americas middle east west north south central pacific atlantic gulf day days week month year
    years era age war crisis summit conference convention festival games olympics cup series
    championship award awards prize trophy medal act order decree statute code rule rules
    protocol doctrine energy electric utilities utility grid pharmaceuticals communications telecom
    enterprises therapeutics insurance financial securities investments realty properties robotics
    foods brands railways transit freight logistics shipping ventures patrol legislature agencies
    nations airline bancorp capital group hub terminal terminals pipeline refinery reactor dam canal
    mine mines hurricane storm typhoon cyclone"""
)
# Nationality adjectives and demonyms: never a name token.
NATIONALITIES = words(
    """american mexican canadian british english scottish irish welsh french german italian spanish
    portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
    hungarian romanian bulgarian greek turkish russian ukrainian belarusian chinese japanese korean
    vietnamese thai indian pakistani afghan iranian iraqi syrian israeli palestinian lebanese
    jordanian saudi egyptian libyan moroccan algerian tunisian nigerian kenyan ethiopian
    somali sudanese african european asian latino latina hispanic brazilian argentine argentinian
    chilean colombian venezuelan peruvian cuban haitian dominican guatemalan honduran salvadoran
    nicaraguan australian kiwi filipino indonesian malaysian western eastern northern southern
    arab muslim jewish catholic protestant evangelical republican democratic democrat
    conservative liberal progressive socialist communist"""
)
# Places a capitalised run may start with; a run led by one is no person (unless a given name).
PLACES = words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming america
    canada mexico brazil argentina chile colombia peru venezuela cuba haiti britain england
    scotland wales ireland france germany italy spain portugal netherlands belgium switzerland
    austria sweden norway denmark finland poland russia ukraine turkey greece israel iran iraq
    syria lebanon egypt libya saudi yemen qatar china japan korea taiwan india pakistan
    afghanistan bangladesh vietnam thailand indonesia philippines malaysia singapore australia
    zealand nigeria kenya ethiopia somalia sudan africa europe asia london paris berlin rome
    madrid moscow kyiv kiev beijing shanghai tokyo seoul delhi mumbai tehran baghdad damascus
    jerusalem gaza cairo chicago boston houston dallas atlanta miami seattle denver phoenix
    detroit philadelphia baltimore brooklyn manhattan queens bronx oakland portland austin
    nashville memphis orlando tampa cleveland pittsburgh cincinnati milwaukee minneapolis
    sacramento honolulu anchorage toronto montreal vancouver ottawa sydney melbourne
    dublin edinburgh glasgow brussels geneva vienna warsaw prague budapest athens istanbul
    ankara dubai riyadh doha kabul islamabad karachi lagos nairobi johannesburg havana caracas
    bogota lima santiago quito manila jakarta bangkok hanoi capitol hill wall downing whitehall
    kremlin pentagon vatican westminster broadway hollywood silicon albania algeria andorra angola
    armenia azerbaijan bahrain belarus belize benin bhutan bolivia bosnia botswana brunei bulgaria
    burundi cambodia cameroon chad comoros congo croatia cyprus czechia djibouti ecuador eritrea
    estonia eswatini fiji gabon gambia ghana grenada guatemala guinea guyana honduras hungary
    iceland jamaica jordan kazakhstan kosovo kuwait kyrgyzstan laos latvia lesotho liberia
    liechtenstein lithuania luxembourg madagascar malawi maldives mali malta mauritania mauritius
    moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
    nicaragua niger oman palau panama paraguay romania rwanda samoa senegal serbia seychelles
    slovakia slovenia sri lanka suriname tajikistan tanzania togo tonga tunisia turkmenistan
    tuvalu uganda uruguay uzbekistan vanuatu zambia zimbabwe palestine crimea donbas kashmir
    tibet xinjiang hong kong macau gaza ramallah tel aviv beirut amman ankara pyongyang canberra
    wellington ottawa brasilia nairobi addis abuja accra dakar kinshasa khartoum tripoli tunis
    algiers rabat baku tbilisi yerevan minsk vilnius riga tallinn helsinki oslo stockholm
    copenhagen amsterdam lisbon bern belgrade zagreb sofia bucharest chisinau astana tashkent
    kathmandu dhaka colombo rangoon yangon naypyidaw phnom penh vientiane taipei hanoi brasília
    montevideo asuncion asunción la paz caracas panama managua tegucigalpa"""
)
# Leading words of multi-word place names ("New York", "San Diego", "Fort Worth").
PLACE_PREFIXES = words(
    """new san santa los las el saint st. st north south east west fort ft. mount mt. port lake upper
    lower central greater little big palm grand long"""
)
# Companies that look like a person's name ("Morgan Stanley said").
COMPANY_NAMES = frozenset(
    fold(n)
    for n in """Morgan Stanley|Goldman Sachs|Charles Schwab|Wells Fargo|Dow Jones|Merrill Lynch|
    Lehman Brothers|Dean Witter|Edward Jones|Raymond James|Paine Webber|Smith Barney|JP Morgan|
    J.P. Morgan|JPMorgan Chase|Walt Disney|Louis Vuitton|Christian Dior|Ralph Lauren|Tommy Hilfiger|
    Calvin Klein|Estee Lauder|Estée Lauder|Hugo Boss|Martha Stewart Living|Kate Spade|Tory Burch|
    Michael Kors|Giorgio Armani|Ted Baker|Tim Hortons|Rolls Royce|Rolls-Royce|Aston Martin|
    Harley Davidson|Harley-Davidson|Mercedes Benz|Mercedes-Benz|Fannie Mae|Freddie Mac|Sallie Mae|
    Jack Daniel|Dr Pepper|Dr. Pepper|Ben Jerry|Marks Spencer|Procter Gamble|Johnson Johnson|
    Arthur Andersen|Ernst Young|Booz Allen|Booz Allen Hamilton|Warner Bros|Warner Brothers|
    Paul Weiss|Sullivan Cromwell|Baker McKenzie|Russell Investments|Thomson Reuters|
    Bloomberg|Reuters|Marriott|Hilton|Ford|Dell|Boeing|Tesla|Disney""".replace("\n", "").split("|")
) | words(
    # Single-word organisations, companies and news agencies that speak in the news like people
    # ("Pfizer said", "Hamas said"): never a surname alone.
    """pfizer moderna biontech astrazeneca novartis roche merck sanofi bayer novavax google alphabet
    apple amazon microsoft meta facebook instagram whatsapp twitter tiktok bytedance nvidia intel
    qualcomm samsung sony toyota honda nissan hyundai volkswagen stellantis renault airbus lockheed
    raytheon exxon exxonmobil chevron shell totalenergies walmart costco kroger uber lyft airbnb
    netflix spotify openai anthropic huawei alibaba tencent baidu xiaomi gazprom rosneft aramco
    glencore siemens nestle nestlé unilever starbucks nike adidas visa mastercard paypal citigroup
    citi barclays oracle salesforce cisco verizon comcast paramount fox axios politico xinhua
    interfax tass yonhap kyodo haaretz spiegel interpol europol frontex hamas hezbollah taliban
    houthis isis wagner opec nato nasa ofcom ofsted ofgem fifa uefa unicef unesco amnesty greenpeace
    oxfam medicaid medicare obamacare brexit ukip ryanair easyjet lufthansa emirates qantas delta
    fedex ups tesco sainsbury asda fed fitch nasdaq gallup ipsos ria irna wafa sana anadolu efe ansa
    pretoria harare lusaka kampala kigali mogadishu bamako niamey"""
)
# Words after a name-like run that make it a company ("Stanley Black & Decker Inc.").
COMPANY_CUES = words(
    "inc inc. corp corp. co co. llc ltd ltd. plc group holdings & partners associates sa ag gmbh nv"
)

# Trailing parts of a name that are not the surname.
SUFFIXES = words("jr jr. sr sr. ii iii iv v phd ph.d. md m.d. esq esq.")
# Lower-case particles that belong to a surname ("de Gaulle", "van der Berg").
PARTICLES = words("de del della der den di da du dos das do van von la le bin ibn al el y ter ten")
