/**
 * Small word lists of general English news prose. They describe the language, not any one
 * article: no name, place or fact of a served article belongs here.
 */

/** Verbs that attribute speech: "…,” she said / said Smith / Smith told reporters: “…”. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states',
  'noted', 'notes', 'wrote', 'writes', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists',
  'warned', 'warns', 'continued', 'continues', 'asked', 'asks', 'replied', 'replies', 'answered',
  'recalled', 'recalls', 'remarked', 'commented', 'comments', 'declared', 'declares', 'announced',
  'announces', 'observed', 'concluded', 'acknowledged', 'admitted', 'admits', 'conceded', 'suggested',
  'suggests', 'emphasized', 'emphasised', 'stressed', 'urged', 'tweeted', 'posted', 'shouted', 'joked',
  'cautioned', 'predicted', 'responded', 'confirmed', 'boasted', 'complained', 'lamented', 'quipped',
  'reported', 'wrote', 'pleaded', 'vowed', 'promised', 'demanded', 'recounted', 'described',
  'recommended', 'recommends', 'alleged', 'alleges', 'testified', 'testifies',
  // A reply in a debate: "Whitcomb countered that many districts already have storage".
  'countered', 'counters', 'retorted', 'objected',
  // How the words were said: "‘That’s her,’ Pellow whispered."
  'whispered', 'whispers', 'murmured', 'muttered', 'yelled', 'exclaimed', 'sighed',
]);

/**
 * Phrases in a paragraph that introduce a quotation standing in the next paragraph:
 * "X issued a statement to the press." / "X discussed the reasons." / "X put it this way:".
 */
export const INTRO_PATTERN =
  /\b(?:issued|released|gave|made|published|posted|read)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}(?:statement|comment|remarks?|interview|speech|address|message|response|reply|explanation)\b|\b(?:discussed|explained|described|addressed|spoke|speaking|put it|summed it up|told|said|added|wrote|responded|commented|warned|argued|noted|recalled|reflected|elaborated)\b|:\s*$/i;

/** Nouns that name a role; the word before a name ("spokesman Igor K.") or in an apposition. */
export const ROLE_NOUNS = new Set([
  'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'minister',
  // (WordNet writes "front man" as two words.)
  'frontman', 'frontwoman',
  // A ship's or a harbour's: "Cragmouth harbour master Rachel Ogundipe", "the vessel's master".
  'master',
  // A bill's: "The bill’s sponsor, Republican Sen. Rebecca Thornbury".
  'sponsor', 'co-sponsor', 'cosponsor',
  'president', 'secretary', 'director', 'chief', 'head', 'leader', 'commander', 'general', 'colonel',
  // A government's: "NDRA spokesman Undersecretary Jose Miguel Tan Villarosa".
  'undersecretary', 'under-secretary',
  'captain', 'officer', 'analyst', 'expert', 'professor', 'researcher', 'scientist', 'doctor', 'economist',
  'lawyer', 'attorney', 'counsel', 'judge', 'senator', 'congressman', 'congresswoman', 'representative', 'governor',
  'mayor', 'ambassador', 'envoy', 'diplomat', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder',
  // The other chiefs by their initials: "the CFO said".
  'cfo', 'coo', 'cto', 'cio',
  'executive', 'manager', 'coordinator', 'activist', 'resident', 'witness', 'journalist', 'reporter',
  'correspondent', 'editor', 'author', 'writer', 'coach', 'player', 'student', 'teacher', 'nurse', 'surgeon',
  'physician', 'sheriff', 'detective', 'inspector', 'prosecutor', 'owner', 'farmer', 'worker', 'volunteer',
  'organizer', 'organiser', 'campaigner', 'candidate', 'lawmaker', 'legislator', 'politician', 'strategist',
  'consultant', 'partner', 'deputy', 'aide', 'negotiator', 'mediator', 'commissioner', 'councillor',
  'councilor', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'priest',
  // The Church's offices: "the Ven Simon Tallentire, the Archdeacon of Wrexley", "churchwarden Margaret Oakes".
  'archbishop', 'archdeacon', 'rector', 'curate', 'deacon', 'churchwarden', 'verger', 'preacher',
  'rabbi', 'imam', 'cleric', 'sergeant', 'lieutenant', 'admiral', 'marshal', 'engineer', 'architect',
  'historian', 'economist', 'chef', 'pilot', 'fighter', 'commentator', 'host', 'presenter', 'producer',
  'singer', 'rapper', 'influencer', 'comedian', 'actor', 'actress', 'artist', 'musician', 'designer', 'vice-president', 'boss', 'member',
  'monitor', 'observer', 'investigator', 'physicist', 'biologist', 'epidemiologist', 'psychologist',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'neighbour', 'neighbor', 'survivor', 'victim',
  'retiree', 'forecaster', 'meteorologist', 'firefighter', 'paramedic', 'soldier', 'veteran', 'shopkeeper',
  'owner', 'homeowner', 'tenant', 'landlord', 'driver', 'passenger', 'parent', 'fan', 'supporter', 'critic',
  'opponent', 'spokesperson', 'superintendent', 'principal', 'dean', 'trustee', 'treasurer', 'clerk',
  'recruiter', 'drummer', 'singer', 'librarian', 'curator', 'delegate', 'statistician', 'plaintiff',
  'defendant', 'mechanic', 'electrician', 'builder', 'scaffolder', 'plumber', 'baker', 'butcher', 'grocer', 'cashier', 'waiter',
  'waitress', 'bartender', 'lecturer', 'instructor', 'tutor', 'midwife', 'pharmacist', 'dentist', 'vet',
  'veterinarian', 'rancher', 'fisherman', 'miner', 'welder', 'programmer', 'developer', 'accountant',
  'banker', 'trader', 'investor', 'entrepreneur', 'filmmaker', 'film-maker', 'documentarian', 'photographer', 'poet', 'novelist',
  'composer', 'dancer', 'athlete', 'runner', 'swimmer', 'cyclist', 'captain', 'winner', 'champion',
  'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'democrat', 'republican', 'visitor',
  // People out and about, as local news finds them: "spotted by dog walker Margaret Thorne".
  'walker', 'rambler', 'jogger', 'angler', 'barista', 'cook',
  // Courts, health and local government, as British and US news name them.
  'coroner', 'pathologist', 'gp', 'mp', 'mep', 'msp', 'mla', 'mpp', 'td', 'carer', 'caregiver', 'pediatrician', 'paediatrician',
  'magistrate', 'solicitor', 'barrister', 'constable', 'trooper', 'ranger', 'warden', 'chairperson', 'headteacher',
  'headmaster', 'headmistress', 'registrar', 'auditor', 'comptroller', 'regulator', 'ombudsman', 'administrator',
  'supervisor', 'foreman', 'contractor', 'motorist', 'pedestrian', 'commuter', 'shopper', 'customer', 'patient',
  'pupil', 'pastor', 'vicar', 'chaplain', 'assemblyman', 'assemblywoman', 'assemblymember', 'agent', 'midfielder',
  'striker', 'defender', 'goalkeeper', 'forward', 'quarterback', 'pitcher', 'referee', 'umpire',
  'keeper', 'zookeeper', 'gamekeeper', 'sister', 'brother', 'grandson', 'granddaughter', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'stepfather', 'stepmother',
  'grandmother', 'grandfather', 'grandniece', 'grandnephew', 'stepson', 'stepdaughter', 'widow', 'widower', 'fiancé', 'fiancée', 'fiance', 'fiancee',
  // Markets and crowds.
  'employee', 'staffer', 'attendant', 'buyer', 'seller', 'bidder', 'collector', 'dealer', 'auctioneer', 'spectator', 'runner-up', 'finisher', 'bystander', 'eyewitness',
  // Crafts, farms and stalls.
  'painter', 'sculptor', 'grower', 'breeder', 'farmworker', 'farmhand', 'vendor', 'stallholder', 'steward', 'schoolteacher',
  // Schools.
  'junior', 'sophomore', 'freshman', 'schoolgirl', 'schoolboy', 'teenager', 'teen',
  // Contests.
  'contender', 'challenger', 'grandmaster', 'titleholder', 'finalist', 'semifinalist',
  // Elections: "PC incumbent Heather Strickland", "the Labour nominee".
  'incumbent', 'nominee', 'frontrunner',
  // Weddings and parliaments.
  'bride', 'groom', 'bridegroom', 'bridesmaid', 'guest', 'peer', 'backbencher', 'frontbencher', 'whip',
  // Cricket and other sports.
  'bowler', 'spinner', 'batsman', 'batter', 'batswoman', 'wicketkeeper', 'all-rounder', 'debutant', 'skipper', 'guard', 'winger', 'jockey', 'golfer', 'boxer', 'sprinter',
  // Think tanks and universities: "a senior fellow at the Castlegate Institute", "a visiting scholar".
  'fellow', 'scholar',
  // Tennis and other draws: "Norwegian qualifier Lukas Brandvold", "the top seed", "an Australian wildcard".
  'qualifier', 'seed', 'wildcard',
  // People by what they were doing: "one of the divers", "a hiker", "a rider".
  'diver', 'hiker', 'climber', 'skier', 'rower', 'sailor', 'surfer', 'rider', 'traveller', 'traveler',
]);

/**
 * Honorifics that make the next capitalised word a person: "Dr. Lee", "Gen. Ortiz". A British
 * police rank's initials too ("DI Okonjo"), "DI" only in capitals: "di" is a surname's particle.
 * So is an Australian councillor's "Cr Ross Albury", only as written so ("CR 12" is a road).
 */
export const HONORIFICS = { test: (word: string): boolean => HONORIFIC_WORDS.test(word) || word === 'DI' || word === 'Cr' || word === 'Cr.' };
const HONORIFIC_WORDS = /^(?:mr|mrs|ms|miss|dr|prof|professor|cllr|coun|councillor|gen|general|col|colonel|capt|captain|lt|cmdr|cdr|commander|maj|major|brig|cpl|ens|sgt|supt|superintendent|insp|det|adm|gov|governor|sen|senator|rep|rev|revd|reverend|canon|archdeacon|pastor|ven|venerable|hon|honourable|sir|dame|lord|lady|president|minister|judge|justice|mayor|chancellor|king|queen|prince|princess|pope|sheikh|imam|rabbi|father|sister|brother|coach|chef|officer|detective|inspector|sergeant|pc|pcso|dc|ds|dci|dsi|dcs|ch)\.?$/i;

/** Words that make an office of their own with a role noun: the PRIME minister, the HEALTH secretary. */
export const OFFICE_WORD = /^(?:prime|foreign|home|finance|health|education|defen[cs]e|interior|justice|labou?r|transport|environment|energy|trade|culture|housing|treasury|agriculture|economy|first)$/;

/**
 * Last words that make a capitalised phrase an organisation or place, not a person:
 * "United Nations", "Sky News", "Aleppo Media Center".
 */
export const NON_PERSON_HEADS = new Set([
  'people', 'procuracy', 'fairgrounds', 'grounds', 'arena', 'stadium', 'hall', 'news', 'nations', 'states', 'state', 'media', 'center', 'centre', 'images', 'image', 'press', 'times',
  'post', 'journal', 'herald', 'tribune', 'agency', 'ministry', 'department', 'office', 'council',
  'committee', 'commission', 'party', 'group', 'network', 'university', 'institute', 'foundation',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'bank', 'union', 'organization', 'organisation',
  'association', 'club', 'league', 'court', 'senate', 'house', 'congress', 'parliament', 'assembly',
  'government', 'administration', 'coalition', 'alliance', 'front', 'brigade', 'army', 'forces', 'force',
  'navy', 'police', 'street', 'avenue', 'road', 'lane', 'drive', 'crescent', 'terrace', 'boulevard', 'vale', 'square', 'city', 'county', 'province', 'region', 'republic',
  // A street's, abbreviated: "312 Third Ave.", "Ocean Blvd.".
  'ave', 'blvd', 'rd', 'hwy', 'pkwy',
  'kingdom', 'airport', 'station', 'hospital', 'school', 'college', 'church', 'mosque', 'river', 'sea',
  'ocean', 'mountains', 'valley', 'island', 'islands', 'bay', 'park', 'bridge', 'hall', 'museum', 'stadium',
  // The coast's places: "Skerrand Point", "Port Ardnish Harbour", "Loch Arkaig" is not; "Skerrand Lighthouse".
  'point', 'lighthouse', 'harbour', 'harbor', 'estuary', 'pier', 'quay',
  'cup', 'games', 'championship', 'festival', 'act', 'bill', 'treaty', 'accord', 'agreement', 'war', 'day',
  'online', 'today', 'weekly', 'daily', 'magazine', 'radio', 'tv', 'television', 'channel', 'studios',
  'records', 'group', 'fund', 'program', 'programme', 'project', 'initiative', 'movement', 'service',
  // "The Canadian Aquatics Federation": a sports or professional body.
  // "Haverleigh Chamber of Trade", a chamber of commerce.
  'federation', 'confederation', 'society', 'guild', 'federacion', 'olympics', 'circle', 'chamber',
  // "Stanmere General", "Kingsbridge General": a hospital; no one's name ends in "General".
  'general',
  // "Gamblers Anonymous", "Alcoholics Anonymous": a fellowship; no one's surname is "Anonymous".
  'anonymous',
  // The coast: "Trevennor Rock", "Polwenna Harbour", "Lantic Cove", "Marrow Reef".
  'rock', 'reef', 'cove', 'creek', 'harbour', 'harbor', 'lighthouse',
  // Bodies named for what they do: "NASA's Science Mission Directorate", "the Schools Inspectorate".
  'directorate', 'secretariat', 'inspectorate',
  // Land and ice: "Corvin Glacier", "Skarn Fjord" end a place's name, not a person's (not Marsh, Lake nor Forest: surnames and clubs).
  'glacier', 'fjord', 'loch', 'volcano', 'canyon', 'falls', 'estuary', 'peninsula', 'desert',
  // Honours and institutions of a life story: "a Guggenheim Fellowship", "the Pulitzer Prize",
  // "the Iowa Writers’ Workshop".
  'fellowship', 'scholarship', 'prize', 'award', 'awards', 'medal', 'workshop', 'review', 'circle', 'series',
  'services', 'authority', 'board', 'bureau', 'agency', 'tower', 'palace', 'district', 'east', 'west',
  'north', 'south', 'america', 'europe', 'africa', 'asia', 'york', 'angeles', 'francisco', 'kong', 'zealand',
  'power', 'energy', 'electric', 'gas', 'water', 'airlines', 'airways', 'motors', 'systems', 'technologies',
  'labs', 'partners', 'holdings', 'capital', 'industries', 'pharmaceuticals', 'health', 'care', 'trust',
  'reserve', 'exchange', 'market', 'markets', 'airport', 'port', 'line', 'lines', 'railway', 'railways',
  // "the Elder Justice Unit", "the Major Crimes Division": a body's part, never a person.
  'unit', 'division', 'squad',
  // Places people meet and buildings: "the Greenbury Inn", "Harbor Arena".
  'inn', 'hotel', 'motel', 'restaurant', 'cafe', 'café', 'bar', 'pub', 'diner', 'arena', 'theater', 'theatre',
  'library', 'gallery', 'wing', 'building', 'plaza', 'mall', 'center', 'centre', 'field', 'gardens', 'lake',
  // Firms named for their trade: "Hartwell Brandt Securities", "Denholm Aggregates", "Kestrel Parcels".
  'securities', 'homes', 'networks', 'aggregates', 'parcels', 'logistics', 'foods', 'brands', 'ventures', 'investments',
  'estates', 'properties', 'solutions', 'software', 'insurance', 'llc', 'llp', 'plc',
]);

/** Capitalised words that open sentences or name days and months, never the start of a name. */
export const NOT_NAME_START = new Set([
  'the', 'a', 'an', 'according', 'as', 'if', 'but', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'from',
  'with', 'by', 'of', 'this', 'that', 'these', 'those', 'today', 'yesterday', 'tomorrow', 'when', 'while',
  'after', 'before', 'since', 'until', 'however', 'meanwhile', 'still', 'yet', 'so', 'then', 'there', 'here',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'what',
  'who', 'why', 'how', 'where', 'which', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'also', 'both', 'some', 'many', 'most', 'all',
  'one', 'two', 'three', 'several', 'no', 'not', 'now', 'last', 'next', 'every', 'each', 'other', 'another',
  // "Five Veltrian citizens walked …": a count opening a sentence is no one's first name.
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozens', 'hundreds', 'thousands', 'millions',
  // Sentence openers a capital does not make a name: "Without Nwosu, the Falcons …".
  'without', 'against', 'across', 'behind', 'beyond', 'inside', 'outside', 'throughout', 'within', 'once',
  'such', 'between', 'around', 'toward', 'towards', 'through', 'above', 'below', 'beside', 'near', 'upon', 'into', 'amid', 'despite', 'although', 'though', 'because', 'unlike', 'like', 'among', 'under', 'over', 'during',
  'instead', 'earlier', 'later', 'speaking', 'asked', 'said', 'says', 'read', 'watch', 'share', 'more',
  // A participle fronted before the speaker: "Sentencing, the chair of the bench, Helen Ashworth, told …".
  'sentencing', 'responding', 'addressing', 'explaining', 'commenting', 'summing', 'concluding', 'describing',
  'referring', 'reflecting', 'announcing', 'defending', 'mitigating', 'representing', 'appearing', 'welcoming',
  'reacting', 'testifying', 'following', 'adjourning', 'remanding', 'jailing', 'passing',
  // Adverbs of time and sequence, opening a sentence without a comma: "Afterwards Brereton insisted …".
  'afterwards', 'afterward', 'again', 'finally', 'eventually', 'initially', 'originally', 'previously', 'recently',
  'soon', 'tonight', 'overnight', 'even', 'only', 'just', 'perhaps', 'indeed', 'otherwise', 'nevertheless',
  'nonetheless', 'thus', 'therefore', 'elsewhere', 'separately', 'immediately', 'currently', 'ultimately',
  // A participle opening a sentence: "Representing Hartley, Simon Oduya told the hearing …".
  'representing', 'defending', 'prosecuting', 'addressing', 'responding', 'writing', 'giving', 'opening', 'closing', 'summing', 'explaining', 'reacting', 'commenting',
  // An obituary's participles before the name they describe: "Born Margery Anne Dunne in Saltinghaugh, …".
  'born', 'raised', 'educated', 'survived', 'widowed', 'predeceased',
  // Words that open a noun phrase about a name, never a name: "Current Corvane customers will …".
  'current', 'former', 'existing', 'longtime', 'remaining', 'affected', 'eligible', 'prospective', 'previous', 'fellow',
  // Auxiliary verbs, capitalised inside a title: "JB Priestley's When We Are Married" names no one.
  'are', 'is', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'does', 'did', 'would', 'could', 'should', 'shall', 'might', 'must',
]);

/** Prepositions after which a capitalised phrase is usually a place: "in New York", "from Hong Kong". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'through']);

/**
 * A sentence opening like this leans on the one before ("They also claim…", "However, …"): shown
 * or summarised only with that sentence.
 */
export const LEANS_BACK = /^(?:he|she|it|they|his|her|its|their|this|that|these|those|but|however|also|meanwhile|still|yet|instead|the latter|the former|such|the cause)\b/i;

/**
 * Abbreviated titles spelled out, so "the governor" finds and meets "Gov. Janet Mills": one table
 * for the names a speaker answers to and for the terms a question is matched with.
 */
export const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', dr: 'doctor', prof: 'professor',
  lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant', adm: 'admiral', supt: 'superintendent',
  pres: 'president', rev: 'reverend', revd: 'reverend', ven: 'venerable', insp: 'inspector', det: 'detective', atty: 'attorney', cllr: 'councillor', coun: 'councillor', cr: 'councillor',
  // British police ranks: "Ch Supt Rachel Dunmore" (chief superintendent), "Ch Insp".
  ch: 'chief',
  // "Lt. Cmdr. Brian Tulley", "Maj. Gen. …": military and coast guard ranks.
  cmdr: 'commander', cdr: 'commander', maj: 'major', brig: 'brigadier', cpl: 'corporal', pvt: 'private', ens: 'ensign',
  // British police ranks: "PC Lauren Pike", "DCI Ruth Mallory".
  pc: 'constable', pcso: 'community support officer', dc: 'detective constable', ds: 'detective sergeant', dci: 'detective chief inspector',
};

/** Job titles written as initials, and what they stand for in an article's words. */
export const INITIALS_TITLES: Readonly<Record<string, string>> = {
  ceo: 'chief executive', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer',
  cso: 'chief security officer', ciso: 'chief information security officer', cmo: 'chief medical officer', cio: 'chief information officer',
  gm: 'general manager', vp: 'vice president', svp: 'senior vice president', evp: 'executive vice president',
  // British firms' heads: "the MD", "the FD".
  md: 'managing director', fd: 'finance director',
  // A college's athletic director, as sports pages and fans call them.
  ad: 'athletic director',
};

/**
 * A firm's "Bros." goes on into its name ("Lanigan Bros. Amusements"): its full stop ends no name
 * when a capitalised word follows (`next`, the text right after it). Shared by the name and the
 * organisation finders, which read words their own ways.
 */
export const firmNameGoesOn = (core: string, trailing: string, next: string): boolean => abbreviationGoesOn(/^Bros$/, core, trailing, next);
/**
 * So do a saint's and a mount's in a body's name ("St. Brendan Regional Medical Center", "Mt.
 * Sinai Hospital"); for the organisation finder only (the name finder made "a spokeswoman for St.
 * Brendan’s" a person "St. Brendan").
 */
export const bodyNameGoesOn = (core: string, trailing: string, next: string): boolean => abbreviationGoesOn(/^(?:Bros|St|Mt|Ft)$/, core, trailing, next);
const abbreviationGoesOn = (words: RegExp, core: string, trailing: string, next: string): boolean => trailing === '.' && words.test(core) && /^ \p{Lu}/u.test(next);

/** Roles that head a body: a chief executive, a governor, "chief regulator", "the senior investigator leading the inquiry", a campaign group's founder. */
export const HEAD_ROLE = /\b(?:chief executive|ceo|president|chair(?:man|woman|person)?|governor|director|leader|head|boss|mayor|manager|superintendent|principal(?:\s+investigator)?(?!\s+(?!of\b|at\b|for\b)[a-z])|general secretary|chief (?:executive|regulator|constable|inspector|justice|commissioner)|leading|(?:co-)?founder)\b/i;
/** Qualifiers that make a role not the head's own: "deputy director", "chief financial officer". */
export const NOT_THE_HEAD = /\b(?:vice|deputy|assistant|associate|acting|interim|former|financial|operating|technology|marketing|communications)\b/i;

/**
 * Roles a wider word covers, one way: "the parent" may be a mother, "the student" a junior, but
 * "the mother" is no father. What a reader asks → the roles in an article that answer.
 */
export const ROLE_KINDS: Readonly<Record<string, readonly string[]>> = {
  parent: ['mother', 'father', 'mom', 'mum', 'dad', 'stepfather', 'stepmother'],
  officer: ['constable', 'sergeant', 'inspector', 'detective', 'trooper'],
  descendant: ['granddaughter', 'grandson', 'grandchild', 'heir'],
  // (A US school year's "eighth-grader": aliases are matched word by word, so by "grader". Not a
  // British "sixth-former": "former" is every former office's word too.)
  student: ['junior', 'sophomore', 'freshman', 'pupil', 'schoolgirl', 'schoolboy', 'undergraduate', 'postgraduate', 'grader'],
  worker: ['employee', 'staffer', 'operator', 'machinist', 'welder', 'farmworker', 'farmhand'],
  farmer: ['grower', 'rancher', 'farmworker', 'breeder', 'dairyman'],
  fan: ['supporter', 'spectator', 'festivalgoer', 'concertgoer'],
  resident: ['homeowner', 'tenant', 'neighbour', 'neighbor', 'villager'],
  // "Among the regulars at Inkwell & Oak is Margaret Doyle": whoever buys from a business.
  customer: ['shopper', 'regular', 'client', 'subscriber', 'patron', 'diner'],
  // "Darlene Whitt, whose son Cody …", "Tasha Lambert, whose husband, Roy …": the text says whose
  // parent or spouse someone is, not which; "the mother", "the wife" asked for may be that one.
  mother: ['parent'],
  father: ['parent'],
  mom: ['parent'],
  mum: ['parent'],
  dad: ['parent'],
  wife: ['spouse'],
  husband: ['spouse'],
  // "Siobhan Rourke, whose father, Dennis Rourke, …": his child, whom readers call his daughter.
  daughter: ['child'],
  son: ['child'],
  sister: ['sibling'],
  brother: ['sibling'],
  granddaughter: ['grandchild'],
  grandson: ['grandchild'],
  grandmother: ['grandparent'],
  grandfather: ['grandparent'],
};

/**
 * Role words readers use for one another: "the lawyer" for an attorney, "the congresswoman" for
 * "Rep. Angela Ruiz", "the councilwoman" for a council member, British and US spellings. Each
 * group is one role.
 */
export const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['lawyer', 'attorney', 'solicitor', 'barrister', 'counsel'],
  // A broadcaster's expert: "Sunday Game analyst Declan Whelehan" is the pundit readers ask for.
  ['pundit', 'analyst', 'commentator'],
  ['congresswoman', 'congressman', 'representative', 'lawmaker', 'rep'],
  ['councilwoman', 'councilman', 'councillor', 'councilor', 'councilmember', 'alderman', 'alderwoman'],
  ['mother', 'mom', 'mum'],
  ['father', 'dad'],
  // (A reader asks for "the widow" in an obituary that calls her his wife, and the other way round.)
  ['wife', 'widow'],
  ['husband', 'widower'],
  // A British report's "his partner" is the girlfriend or boyfriend readers ask for.
  ['partner', 'girlfriend', 'boyfriend'],
  ['supplier', 'vendor'],
  ['harbormaster', 'harbourmaster'],
  ['pediatrician', 'paediatrician'],
  ['organizer', 'organiser'],
  // A union's "regional organiser" is the union official readers ask for.
  ['official', 'organiser', 'organizer'],
  ['boss', 'head', 'chief'],
  // "Chief Executive Douglas Amberley" is the CEO readers ask for.
  ['ceo', 'chief executive', 'chief executive officer'],
  ['cfo', 'chief financial officer', 'finance director'],
  ['coo', 'chief operating officer'],
  // A football club's "boss Ross Dunleavy" is its manager; so is its head coach.
  ['boss', 'manager', 'head coach'],
  // A British school's head is its headteacher; readers say "headmistress", "the principal".
  ['headteacher', 'head teacher', 'headmistress', 'headmaster', 'principal'],
  ['captain', 'skipper'],
  ['defence', 'defense'],
  ['prosecutor', 'prosecution', 'prosecuting'],
  ['finance', 'financial'],
  ['mp', 'backbencher', 'frontbencher'],
  ['campaigner', 'activist', 'advocate'],
  ['doctor', 'physician', 'medic'],
  ['professor', 'academic', 'lecturer', 'teacher'],
  ['winner', 'champion', 'victor'],
  ['vet', 'veterinarian', 'veterinary'],
  ['neighbor', 'neighbour', 'resident'],
  // "the spokeswoman" asked for "a spokesperson for the health department".
  ['spokesperson', 'spokeswoman', 'spokesman'],
  ['jockey', 'rider'],
  // "Gideon Marsh, who has reviewed restaurants for the weekly Harbor Review" is the food critic.
  ['critic', 'reviewer'],
  // "Mrs Justice Harcourt" is "the judge".
  ['judge', 'justice'],
  // "Its lead actress, Noor Callaway," then "the “Salt Year” star said".
  ['actor', 'actress', 'star'],
  ['goalkeeper', 'goalie', 'goaltender', 'netminder', 'keeper'],
  ['adviser', 'advisor'],
  // "Commission Chair Ruth Ellingsen" is the chairwoman readers ask for; a band's singer its frontman.
  ['chair', 'chairman', 'chairwoman', 'chairperson'],
  ['singer', 'vocalist', 'frontman', 'frontwoman'],
  ['firefighter', 'fireman'],
  ['grandmother', 'grandma', 'gran', 'granny', 'nan'],
  ['grandfather', 'grandpa', 'grandad', 'granddad'],
  ['sailor', 'seaman', 'seafarer', 'mariner'],
  // "A member of the kitchen staff, who asked not to be named" is the anonymous worker readers ask for.
  ['worker', 'employee', 'staffer', 'staff'],
  // "Karen Lindqvist, who was traveling with her husband" is the passenger; readers say "the traveller", "the commuter".
  ['passenger', 'traveller', 'traveler', 'commuter'],
  // "The study's lead author" is the lead researcher readers ask for.
  ['author', 'researcher'],
];

/** The role words that mean the same as `word` (itself included). */
export const roleSynonyms = (word: string): readonly string[] => ROLE_SYNONYMS.find((g) => g.includes(word)) ?? [word];

/** Words that say someone is a woman, or a man: a role, a title, a relation. */
export const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|actress|mother|mum|mom|grandma|daughter|wife|sister|queen|princess|grandmother|widow|aunt|niece|girl|woman|bride|bridesmaid|mrs|ms|miss|dame|lady)\b/i;
// (Not "actor": news calls women actors too, "the actor said" of Rosalind Keverne; nor "chairman",
// a board office women hold under that name: "Helen Marchetti-Vance, Corvane’s chairman".)
export const MALE_ROLE = /\b(?:spokesman|congressman|businessman|father|dad|grandpa|son|husband|brother|king|prince|grandfather|widower|uncle|nephew|boy|man|groom|bridegroom|mr|sir|lord)\b/i;

/** The gender a role's words give, if any. */
export function genderOfRole(role: string | undefined): 'm' | 'f' | undefined {
  if (!role) return undefined;
  return FEMALE_ROLE.test(role) ? 'f' : MALE_ROLE.test(role) ? 'm' : undefined;
}

/** Letters after a person's name, never a body's initials: "Jane Lowe MBE", "Judge Richard Pemberton KC", "Sir Ian Blake KC MP". */
export const POST_NOMINAL_LETTERS: ReadonlySet<string> = new Set(['MP', 'MSP', 'MEP', 'MLA', 'MS', 'TD', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'MD', 'RN', 'JP', 'DL', 'FRS', 'PhD', 'ESQ', 'SR', 'JR']);

/** The words for a numbered seat on an elected body: "District 2", "Ward 6" (a council member is asked for by it). */
export const SEAT_NOUNS = ['district', 'ward', 'precinct', 'division'] as const;
