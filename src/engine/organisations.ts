/**
 * Organisations the text names, so "the company said" or "the council wrote" can go to the body
 * named before. An organisation is a run of capitalised words ending in an organisation word
 * ("Millbrook City Council", "Acme Foods Inc.", "Lakeshore Power & Light"), possibly with "of"/"for"
 * inside ("Department of Environmental Quality", "National Union of Railway Staff"), or an acronym
 * used as a body ("the FDA said"). A run with no such word is still an organisation when an
 * apposition says so ("Save Eastmoor Libraries, a group formed in 2019"): the caller decides that.
 */

import { bodyNameGoesOn, NOT_NAME_START, POST_NOMINAL_LETTERS, ROLE_NOUNS } from './lexicon.js';
import { TIME_ZONES } from './sentences.js';

/** Last words that make a capitalised run a company. */
const COMPANY_HEADS = new Set([
  'company', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'holdings', 'bros', 'amusements',
  'industries', 'technologies', 'technology', 'systems', 'pharmaceuticals', 'therapeutics', 'labs', 'laboratories',
  'foods', 'brands', 'motors', 'airlines', 'airways', 'air', 'semiconductor', 'semiconductors', 'electronics', 'securities',
  'capital', 'partners', 'bank', 'insurance', 'entertainment', 'studios', 'enterprises', 'solutions', 'software',
  'networks', 'communications', 'logistics', 'energy', 'power', 'light', 'electric', 'utilities', 'utility', 'resources',
  'mining', 'petroleum', 'oil', 'steel', 'chemicals', 'manufacturing', 'stores', 'markets', 'group', 'water', 'gas',
  'railways', 'telecom', 'media', 'pharma', 'products', 'goods', 'apparel', 'beverages', 'restaurants', 'hotels',
  'automotive', 'aerospace', 'biosciences', 'retail', 'outfitters', 'homes', 'properties', 'developments',
  'events', 'productions', 'promotions', 'records', 'wireless', 'mobile', 'telecommunications',
  // Property and investment houses: "Harbourgate Estates", "Northgate Investments".
  'estates', 'investments', 'realty', 'ventures',
  // "Ashcombe Manor Hotel", "Pacifico Inter-Island Lines" (shipping and cruise lines).
  'hotel', 'resort', 'lines', 'shipping', 'ferries', 'cruises', 'railway', 'railroad', 'trains', 'buses', 'transit',
  // "Eastern Sicily Airports", the company that runs them.
  'airports',
  // "Wexford Marine Transport", "Halden Haulage".
  'transport', 'haulage', 'towing',
  // Couriers: "Brisklane Deliveries".
  'deliveries', 'couriers', 'removals',
  // Makers of drink and food by the place they make it: "Harcastle Brewery", "Glen Orrin Distillery".
  'brewery', 'breweries', 'brewing', 'distillery', 'distillers', 'winery', 'vineyards', 'bakery', 'dairies', 'creamery',
  // "Southern Plains Electric Cooperative".
  'cooperative', 'co-op',
  // Pollsters and advisers: "Redmore Polling", "Brightwater Consulting".
  'polling', 'consulting', 'consultants', 'consultancy', 'analytics', 'insights', 'diagnostics', 'biotherapeutics',
]);

/** Organisation words other than a company's, each its own kind. */
const BODY_HEADS = new Set([
  'council', 'department', 'dept', 'agency', 'administration', 'authority', 'service', 'bureau', 'commission',
  'office', 'ministry', 'union', 'guild', 'federation', 'association', 'club', 'fc', 'team', 'coalition', 'alliance',
  'campaign', 'network', 'forum', 'society', 'collective', 'circle', 'organization', 'organisation', 'committee', 'caucus', 'movement',
  'foundation', 'trust', 'board', 'court', 'courts', 'police', 'constabulary', 'university', 'college', 'school', 'hospital',
  'institute', 'government', 'party', 'church', 'museum', 'league', 'center', 'centre', 'senate', 'assembly',
  'parliament', 'congress', 'fund', 'charity', 'project', 'initiative', 'service', 'services', 'observatory',
  'district', 'academy', 'conservatory', 'conservatoire', 'schools', 'library', 'libraries', 'zoo', 'gallery', 'theatre', 'theater', 'playhouse', 'orchestra',
  'archive', 'archives', 'clinic', 'airport', 'hospice', 'surgery', 'tribunal', 'panel', 'partnership',
  // "Missouri State Highway Patrol", "U.S. Border Patrol".
  'patrol',
  // Investigators: "Marine Accident Investigation Branch", "the Serious Fraud Unit".
  'unit', 'branch', 'inspectorate',
  // "NASA's Science Mission Directorate", "the Directorate of Public Prosecutions".
  'directorate', 'secretariat',
  // "the state Transportation Cabinet", a department by its Kentucky name, "the cabinet said".
  'cabinet',
  // "the Nevada Division of Game and Habitat", "the Division of Wildlife".
  'division',
  // "the Greater Bellhaven Chamber of Commerce", "Haverleigh Chamber of Trade".
  'chamber',
  // "the Diocese of Kellingford said in a statement", then "the diocese said".
  'diocese', 'archdiocese',
  // "the Prefecture of Haute-Savoie", "the Gendarmerie Nationale".
  'prefecture', 'gendarmerie',
  // "the Marches Food Festival said in a statement".
  'festival',
  // "the Housing Ombudsman has found": in British usage an ombudsman is an office that speaks as a
  // body, not a person's title.
  'ombudsman',
  // A union's branch: "Teamsters Local 417", "UAW Local 600".
  'local',
  // Sports clubs by their initials: "Penharrow RFC", "Wrexham AFC".
  'rfc', 'afc', 'rlfc', 'cf',
  // Newspapers: "That letter, which the Harrowshire Chronicle printed, …, she wrote" is not the paper's.
  'sentinel', 'times', 'herald', 'tribune', 'gazette', 'journal', 'chronicle', 'observer', 'telegraph', 'inquirer', 'courier', 'examiner', 'argus', 'clarion', 'ledger',
]);

/** Words a text uses for a company it has named: "the company", "the utility", "the home-appliance maker". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'maker', 'manufacturer', 'producer', 'retailer', 'chain', 'grocer', 'supermarket', 'supplier', 'utility',
  'insurer', 'lender', 'bank', 'carrier', 'airline', 'automaker', 'carmaker', 'developer', 'housebuilder', 'homebuilder', 'operator', 'startup',
  'start-up', 'brand', 'conglomerate', 'business', 'corporation', 'giant', 'publisher', 'broadcaster', 'studio',
  'distributor', 'processor', 'employer', 'group', 'chipmaker', 'drugmaker', 'biotech', 'contractor',
  // "Ferrous Records, the small Glasgow label that signed her": a record company.
  'label',
  // "Prairieland Electric Cooperative said …", then "the cooperative said".
  'cooperative', 'co-op',
  // "the auction house", "the fashion house", "the publishing house".
  'house',
  'hotel', 'resort', 'ferry',
  // "The Allegheny & Great Lakes Railway said …", then "the railroad said".
  'railroad', 'railway',
  // "Veltrix, a Singapore-based cryptocurrency exchange", "the platform", "the brokerage".
  'exchange', 'platform', 'marketplace', 'broker', 'brokerage',
  // "Corvane Cloud, one of the largest providers of cloud computing services".
  'provider',
  'pollster',
  // "Harcastle Brewery … the brewery said".
  'brewery', 'brewer', 'distillery', 'winery', 'bakery',
  // "Stridelane, the running and cycling app, said …", then "the company said".
  'app',
]);

/** "the X" for a body of each kind: the organisation words it may stand for. */
const BODY_NOUNS: Record<string, readonly string[]> = {
  council: ['council', 'assembly'],
  department: ['department', 'dept', 'police', 'cabinet'],
  agency: ['agency', 'administration', 'authority', 'service', 'bureau', 'commission', 'office', 'board', 'department', 'division', 'cabinet'],
  regulator: ['agency', 'administration', 'authority', 'commission', 'department', 'office', 'board', 'ombudsman', 'inspectorate'],
  // "NHS Severnvale, the regional body that oversees health services": a public body of any name.
  body: ['authority', 'agency', 'board', 'commission', 'council', 'trust', 'service', 'federation', 'association'],
  // ("The Care Standards Inspectorate": an inspectorate is a watchdog.)
  watchdog: ['agency', 'authority', 'commission', 'office', 'board', 'ombudsman', 'inspectorate'],
  // (A British council is "the local authority", "the authority".)
  authority: ['authority', 'agency', 'commission', 'board', 'council'],
  service: ['service', 'services', 'agency'],
  bureau: ['bureau', 'agency', 'office'],
  ministry: ['ministry', 'department', 'office'],
  office: ['office'],
  union: ['union', 'guild', 'federation', 'association', 'local'],
  guild: ['guild', 'union'],
  federation: ['federation', 'union', 'association'],
  association: ['association', 'federation', 'union'],
  club: ['club', 'fc', 'rfc', 'afc', 'rlfc', 'cf', 'team'],
  team: ['team', 'club', 'fc', 'rfc', 'afc', 'rlfc', 'cf'],
  group: ['group', 'coalition', 'alliance', 'campaign', 'network', 'forum', 'association', 'society', 'collective', 'organization', 'organisation', 'movement', 'foundation', 'committee', 'union', 'federation', 'institute', 'trust'],
  coalition: ['coalition', 'alliance'],
  alliance: ['alliance', 'coalition'],
  campaign: ['campaign', 'movement'],
  organization: ['organization', 'organisation', 'association', 'foundation'],
  organisation: ['organization', 'organisation', 'association', 'foundation'],
  charity: ['charity', 'foundation', 'trust'],
  // "Bridgeway Behavioral Health, a Springfield-based nonprofit …", then "the nonprofit said".
  nonprofit: ['nonprofit', 'charity', 'foundation', 'trust', 'organization', 'organisation'],
  foundation: ['foundation', 'trust'],
  trust: ['trust'],
  board: ['board'],
  cabinet: ['cabinet'],
  commission: ['commission'],
  committee: ['committee'],
  court: ['court', 'courts', 'tribunal'],
  // "The Sports Disputes Appeal Tribunal …", then "the panel wrote:".
  tribunal: ['tribunal', 'panel'],
  partnership: ['partnership'],
  unit: ['unit', 'branch'],
  inspectorate: ['inspectorate'],
  directorate: ['directorate'],
  secretariat: ['secretariat'],
  division: ['division'],
  branch: ['branch', 'unit'],
  panel: ['panel', 'tribunal', 'committee', 'board'],
  police: ['police', 'department', 'constabulary'],
  force: ['police', 'constabulary'],
  patrol: ['patrol'],
  chamber: ['chamber'],
  festival: ['festival'],
  ombudsman: ['ombudsman'],
  university: ['university', 'college'],
  college: ['college', 'university'],
  school: ['school', 'district', 'academy', 'schools'],
  district: ['district'],
  academy: ['academy', 'school'],
  hospital: ['hospital', 'trust'],
  institute: ['institute'],
  government: ['government', 'administration'],
  administration: ['administration'],
  party: ['party'],
  museum: ['museum'],
  league: ['league'],
  center: ['center', 'centre'],
  centre: ['center', 'centre'],
  observatory: ['observatory'],
  // Places that speak as bodies: "the airport says", "the clinic said in a statement".
  airport: ['airport'],
  clinic: ['clinic'],
  hospice: ['hospice'],
  library: ['library', 'libraries'],
  zoo: ['zoo'],
  gallery: ['gallery'],
  // ("the theater said" after "the Alder Street Playhouse shut its doors".)
  theatre: ['theatre', 'theater', 'playhouse'],
  theater: ['theater', 'theatre', 'playhouse'],
  playhouse: ['playhouse'],
  orchestra: ['orchestra'],
  church: ['church'],
  diocese: ['diocese', 'archdiocese'],
  archdiocese: ['archdiocese', 'diocese'],
  // France's state in a department, and its police outside the cities: "the prefecture said".
  prefecture: ['prefecture'],
  gendarmerie: ['gendarmerie', 'police'],
};

/** Last words of a newspaper's name. */
const NEWSPAPER_NAMES = ['sentinel', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal', 'chronicle', 'observer', 'telegraph', 'inquirer', 'courier', 'examiner', 'dispatch', 'bulletin', 'argus', 'clarion'];

/** A company's last name word that says which kind it is: "Coastline Airways" is an airline. */
const NAMED_KIND: Record<string, readonly string[]> = {
  airline: ['airways', 'airlines', 'air'],
  carrier: ['airways', 'airlines', 'air', 'wireless', 'mobile', 'telecom', 'telecommunications'],
  bank: ['bank', 'bancorp'],
  lender: ['bank', 'bancorp'],
  insurer: ['insurance', 'assurance'],
  utility: ['power', 'energy', 'electric', 'light', 'water', 'gas', 'utilities', 'utility', 'cooperative'],
  automaker: ['motors', 'automotive'],
  carmaker: ['motors', 'automotive'],
  drugmaker: ['pharmaceuticals', 'pharma', 'therapeutics', 'biosciences'],
  chipmaker: ['semiconductor', 'semiconductors'],
  developer: ['homes', 'properties', 'developments'],
  retailer: ['stores', 'markets', 'retail', 'outfitters', 'supermarkets', 'foods'],
  // "Fairway Foods", "Hollis Supermarkets": what readers call a grocery chain.
  supermarket: ['supermarkets', 'foods', 'markets', 'stores', 'grocers'],
  grocer: ['supermarkets', 'foods', 'markets', 'stores', 'grocers'],
  studio: ['studios', 'pictures'],
  hotel: ['hotel', 'hotels', 'resort'],
  resort: ['resort', 'hotel'],
  ferry: ['lines', 'ferries', 'shipping'],
  railroad: ['railway', 'railways', 'railroad', 'rail'],
  railway: ['railway', 'railways', 'railroad', 'rail'],
  operator: ['lines', 'ferries', 'shipping', 'cruises', 'airways', 'airlines', 'airports', 'railways', 'railway', 'rail', 'trains', 'buses', 'coaches', 'transit'],
  // "Castlegate Homes … the housebuilder said".
  housebuilder: ['homes', 'properties', 'developments'],
  homebuilder: ['homes', 'properties', 'developments'],
  pollster: ['polling'],
  // "North Valley Regional Transit … the agency said": a public transit operator is an agency.
  agency: ['transit'],
  // "St. Bride’s Regional Medical Center … the hospital said": a hospital by its two last words.
  hospital: ['medical center', 'medical centre', 'infirmary'],
  // "The Boston Sentinel said in a statement": a newspaper by its name.
  newspaper: NEWSPAPER_NAMES,
  paper: NEWSPAPER_NAMES,
};

/** The kinds a body's name says it is: "Coastline Airways" → airline, carrier, operator. */
export function kindsNamed(name: string): string[] {
  return Object.keys(NAMED_KIND).filter((noun) => namedAs(name, noun));
}

/** Does the organisation's name say it is a `noun` ("Coastline Airways" for "airline")? */
export function namedAs(name: string, noun: string): boolean {
  // ("Allegheny Valley Gas Co": what it is stands before the word that says it is a company.)
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
  const last = words.length > 2 && /^(?:co|company|inc|corp|corporation|ltd|llc|plc)$/.test(words.at(-1)!) ? words.at(-2)! : words.at(-1)!;
  const named = NAMED_KIND[noun.toLowerCase()];
  return named !== undefined && (named.includes(last) || named.includes(words.slice(-2).join(' ')));
}

/** The nouns a text may call a body by ("the federation", "the body", "the watchdog"). */
export const BODY_NOUN_WORDS: readonly string[] = Object.keys(BODY_NOUNS);

/** A noun that, after "the", may stand for an organisation named before. */
export function isOrgNoun(word: string): boolean {
  const w = word.toLowerCase();
  return COMPANY_NOUNS.has(w) || w in BODY_NOUNS;
}

/** Nations a body's name may end in, after its head word: "Arts Council England", "Scouts Scotland". */
const NATION_AFTER_HEAD = /^(?:England|Scotland|Wales|Cymru|Ireland|UK|International)$/;

const CLUB_INITIALS = /^(?:BK|FK|SK|IF|IK|FF|SV|BV|SC)$/;
/** Clubs' initials before the town: "FC Drechtstad", "AC Milan", "AFC Ajax", "FK Podunavac". */
const CLUB_PREFIX = /^(?:FC|AC|AFC|SC|FK|SK|CF|CD|SV|RC|AS|SS|US|VfB|VfL|TSG|KV|KRC|NK|HNK|GNK)$/;

/** The organisation words a run ending in `head` gives it as its kinds. */
export function kindsOfHead(head: string): string[] {
  const h = head.toLowerCase().replace(/\.$/, '');
  // European clubs' initials after the town, in capitals: "Aalvik BK", "Molde FK", "Hammarby IF".
  if (CLUB_INITIALS.test(head)) return ['club'];
  if (COMPANY_HEADS.has(h)) return h === 'group' ? ['company', 'group'] : ['company'];
  return BODY_HEADS.has(h) ? [h] : [];
}

/**
 * Whether "the `noun`" can mean an organisation of these kinds (head words, or nouns an apposition
 * gave it: "Lumora, the cloud software company").
 */
export function orgAccepts(noun: string, kinds: readonly string[]): boolean {
  const n = noun.toLowerCase();
  if (kinds.includes(n)) return true;
  // "Nimbus Cloud Services" may be a company or a public body ("Child Protective Services"): a
  // text that calls it "the company" says which.
  if (COMPANY_NOUNS.has(n) && kinds.some((k) => k === 'company' || k === 'services' || COMPANY_NOUNS.has(k))) return true;
  const heads = BODY_NOUNS[n];
  return heads !== undefined && kinds.some((k) => heads.includes(k));
}

export interface OrgMention {
  /** As written, without a leading "The": "Department of Environmental Quality". */
  text: string;
  start: number;
  end: number;
  /** Kinds its last organisation word gives ("council", "company"); empty when it has none. */
  kinds: string[];
  /** An all-capitals short form ("FDA"). */
  acronym: boolean;
  /** A place and a body's initials: "Clare GAA", a branch of the GAA; a body only where it acts as one, as an acronym. */
  branch?: boolean;
  /** Initials of its capitalised words ("Food and Drug Administration" → "fda"). */
  initials: string;
}

// Abbreviations of places and words in capitals that are not bodies.
const NOT_ORG_ACRONYM = new Set([
  'US', 'UK', 'USA', 'UAE', 'EU', 'CEO', 'CFO', 'COO', 'CTO', 'AI', 'TV', 'GDP', 'PM', 'AM', 'OK', 'ID', 'PR', 'HR',
  'IT', 'II', 'III', 'IV', 'DJ', 'MP', 'MPS', 'PHD', 'DNA', 'RNA', 'COVID', 'ICU', 'ER', 'ET', 'PT', 'CT', 'ET',
]);
/** The rest of a remit listed with commas: ", Communities and Local Government". */
const REMIT_LIST = /^(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?){1,4},?\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?/u;
/** Time zones: "shortly after 10.00 GMT, the airport said" names no body. */
const TIME_ZONE = new RegExp(`^(?:${TIME_ZONES})$`);

// ("Société des Remontées de l’Orsière": a French article elided before a capital is in the name.)
const CAP = /^(?:(?:[ldLD][’'])?\p{Lu}[\p{L}\p{M}’'-]*|&)$/u;
/** Body words a name may end with in lower case: "the Amalgamated Transit union", "the Harlow school board". */
const LOWER_BODY_HEADS = new Set(['union', 'council', 'board', 'committee', 'association', 'federation', 'party', 'coalition', 'alliance', 'trust']);
/** Lower-case heads that make a body only after a word for what it does: "customs department", "fire service". */
const MODIFIED_BODY_HEADS = new Set(['department', 'service', 'authority', 'agency']);
/** A lower-case word that may stand between a body's name and its lower-case head: "NHS FOUNDATION trust". */
const LOWER_BODY_MODIFIERS = new Set(['foundation', 'city', 'county', 'district', 'borough', 'parish', 'town', 'health',
  // What a public body does, in British or translated usage: "the Haiphong customs department", "Kent fire service".
  'customs', 'fire', 'police', 'education', 'transport', 'transportation', 'housing', 'planning', 'water', 'parks', 'highways', 'immigration', 'tax', 'environment', 'agriculture']);
const CONNECTOR = /^(?:of|for|and|&|the|a|on|de|du|des)$/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

interface Tok {
  core: string;
  start: number;
  end: number;
  /** Punctuation after it ends the run (a plural possessive ’ does not). */
  breaks: boolean;
  /** Opening punctuation before it. */
  opens: boolean;
  /** The possessive ending cut from it ("’s"), when nothing follows that. */
  possessive?: string;
  /** It ends on a plural possessive ("Systems’"), so the run may go on into what the body owns. */
  owns?: boolean;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[“"‘'(\[]+/.exec(raw)?.[0].length ?? 0;
    let body = raw.slice(lead);
    // "Inc." and "Co." keep their dot as part of the word; "U.S." is one word.
    const trail = /(?:[”"’'),.;:!?…\]]+)$/.exec(body)?.[0] ?? '';
    let core = body.slice(0, body.length - trail.length);
    // (A time zone ends a name too: "10.15 GMT Airport confirms …" is a time stamp and a title.)
    // (A line break ends a name too: "By Renee Castellano\nThe Calder County Ledger".)
    // (A firm's "Bros." goes on into its name: "Lanigan Bros. Amusements".)
    // (So do a saint's and a mount's: "St. Brendan Regional Medical Center".)
    let breaks = (trail.length > 0 && !bodyNameGoesOn(core, trail, text.slice(m.index! + raw.length, m.index! + raw.length + 2))) || TIME_ZONE.test(raw) || text.charAt(m.index! + raw.length) === '\n';
    // "Operators’ Council": a plural possessive joins the run.
    const owns = (trail === '’' || trail === "'") && /s$/.test(core);
    if (owns) breaks = false;
    let possessive = '';
    if (/(?:’s|'s)$/.test(core)) {
      possessive = core.slice(-2);
      core = core.slice(0, -2);
      breaks = true;
    }
    body = core;
    out.push({ core: body, start: m.index! + lead, end: m.index! + lead + core.length, breaks, opens: lead > 0, ...(owns ? { owns } : {}) });
    // "the Hollis County Sheriff’s Office", "St. Luke’s Hospital": a possessive before a body word is part of the name.
    const previous = out.at(-2);
    // So is a group's possessive before any capitalised word: "the Women’s Professional Tennis
    // Association", "the People’s Alliance for Change".
    if (previous?.possessive && !previous.opens && (POSSESSED_HEAD.test(body) || GROUP_POSSESSOR.test(previous.core))) {
      previous.core += previous.possessive;
      previous.end += previous.possessive.length;
      previous.breaks = false;
    }
    if (possessive && trail === '') out.at(-1)!.possessive = possessive;
  }
  return out;
}

/** Groups a body is named for in the possessive: "Women’s", "Children’s", "People’s". */
const GROUP_POSSESSOR = /^(?:Women|Men|Children|People|Workers|Veterans|Teachers|Farmers|Nurses|Doctors|Parents|Pensioners|Tenants|Residents|Ratepayers|Taxpayers|Passengers|Patients|Consumers|Writers|Players|Seafarers|Fishermen|Firefighters|Officers)$/;

/** Body words a possessive name runs into: "Sheriff’s Office", "Children’s Hospital", "St Aldhelm’s Hospice", "Fishermen’s Federation". */
const POSSESSED_HEAD = /^(?:Office|Department|Hospital|Hospice|Association|Federation|Guild|Alliance|Coalition|Network|Campaign|Movement|Collective|Council|Committee|Commission|Board|Club|Institute|Foundation|Fund|Trust|Union|League|Society|College|School|Academy|Bureau|Service|Church|Cathedral|Clinic|Surgery|Centre|Center|Library|Museum|Gallery|Theatre|Theater)$/;

const isAcronym = (w: string) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(w) && !NOT_ORG_ACRONYM.has(w.replace(/\./g, '')) && !TIME_ZONE.test(w);

/** Every organisation-like run of capitalised words in `text`. Runs with no organisation word are kept (`kinds` empty) only when they hold a connector, so the caller can test an apposition. */
/**
 * Words for a part or a number of a body that open a sentence before its name: "Shares of …".
 * ("Most", "Many", "Some" … are dropped already, as words no name starts with: NOT_NAME_START.)
 */
const PART_OF_BODY = /^(?:Shares|Stock|Customers|Employees|Workers|Members|Officials|Residents|Users|Clients|Investors|Fans|Supporters|Owners|Staff|None|Hundreds|Thousands|Dozens|Millions)$/;

export function findOrganisations(text: string): OrgMention[] {
  const ts = tokens(text);
  const out: OrgMention[] = [];
  let i = 0;
  while (i < ts.length) {
    const t = ts[i]!;
    if (!CAP.test(t.core) || t.core === '&') {
      i++;
      continue;
    }
    // Collect a run: capitalised words, joined by connectors that come before another capitalised word.
    const run: Tok[] = [t];
    let j = i;
    while (!ts[j]!.breaks && j + 1 < ts.length) {
      const next = ts[j + 1]!;
      if (next.opens) break;
      if (CAP.test(next.core)) {
        run.push(next);
        j++;
        continue;
      }
      // Up to two connectors ("for a", "of the") before a capitalised word.
      let k = j + 1;
      while (k < ts.length && k - j <= 2 && CONNECTOR.test(ts[k]!.core) && !ts[k]!.breaks) k++;
      // "Fernleigh Park Hotel on Monday": a day or month after the connector is when, not a name.
      if (k > j + 1 && k < ts.length && CAP.test(ts[k]!.core) && ts[k]!.core !== '&' && !ts[k]!.opens && !CALENDAR.test(ts[k]!.core)) {
        run.push(...ts.slice(j + 1, k + 1));
        j = k;
        continue;
      }
      break;
    }
    // "the Ministry of Housing, Communities and Local Government", "Department for Culture, Media
    // and Sport": a body's remit may be a list, commas and all.
    const remitAt = run.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w.core) && kindsOfHead(run[k - 1]!.core).length > 0);
    const remit = remitAt > 0 && text.charAt(ts[j]!.end) === ',' ? REMIT_LIST.exec(text.slice(ts[j]!.end)) : null;
    if (remit) {
      const to = ts[j]!.end + remit[0].length;
      while (j + 1 < ts.length && ts[j + 1]!.end <= to) run.push(ts[++j]!);
    }
    // "Teamsters Local 417": a union branch's number is part of its name.
    if (ts[j]!.core === 'Local' && !ts[j]!.breaks && /^\d{1,5}$/.test(ts[j + 1]?.core ?? '')) {
      run.push(ts[j + 1]!);
      j++;
    }
    // "the United Food and Commercial Workers union": a body word in lower case ends the name.
    // British style lowers more: "the Castlebridge and Wyre Valley NHS foundation trust", "Kent county council".
    const modifier = ts[j + 1] && LOWER_BODY_MODIFIERS.has(ts[j + 1]!.core) && !ts[j]!.breaks && !ts[j + 1]!.breaks && !ts[j + 1]!.opens ? 1 : 0;
    const after = ts[j + 1 + modifier];
    if (after && !ts[j]!.breaks && !after.opens && (LOWER_BODY_HEADS.has(after.core) || (modifier === 1 && MODIFIED_BODY_HEADS.has(after.core)))) {
      run.push(...ts.slice(j + 1, j + 2 + modifier));
      j += 1 + modifier;
    }
    i = j + 1;
    // Drop a leading article and sentence-opening words ("The", "When").
    // So is where it is based: "Massachusetts-based Halvern Biotherapeutics".
    while (run.length && (/^(?:the|a|an|and|of|for|&)$/i.test(run[0]!.core) || NOT_NAME_START.has(run[0]!.core.toLowerCase()) || /-based$/i.test(run[0]!.core))) run.shift();
    // ("New Jersey-based Halvorsen Therapeutics": the place it is based in goes too.)
    const based = run.findIndex((w) => /-based$/i.test(w.core));
    if (based >= 0 && based < run.length - 1) run.splice(0, based + 1);
    // "Shares of Harwell & Finch fell", "Thousands of Meridian customers": a part or a number of a
    // body, opening the sentence, is not in its name.
    if (run.length > 2 && PART_OF_BODY.test(run[0]!.core) && run[1]!.core === 'of') run.splice(0, 2);
    // Drop connectors left hanging at the end.
    while (run.length && CONNECTOR.test(run.at(-1)!.core)) run.pop();
    if (!run.length) continue;
    let caps = run.filter((w) => CAP.test(w.core) && w.core !== '&');
    // "Belmont Museum of Fine Arts Director Ana Ruiz": a title after the body ends it.
    // ("the Housing Ombudsman": an office that is a body's head word too is the name's end.)
    // ("the Ohio Attorney General’s Office": a title that owns the body is part of its name.)
    const ownedOffice = (k: number) => run.slice(k).some((w, n) => /(?:’s|'s)$/.test(w.core) && run.slice(k + n + 1).some((h) => kindsOfHead(h.core).length > 0));
    // (Not a title's word right after "of" or "for": "the Association of General Dental
    // Practitioners", "the Royal College of General Practitioners" name what the body is of.)
    const titleAt = run.findIndex((w, k) => k > 0 && ROLE_NOUNS.has(w.core.toLowerCase()) && kindsOfHead(w.core).length === 0 && !ownedOffice(k) && !/^(?:of|for)$/.test(run[k - 1]!.core));
    // (What follows the title is read again: "Senior Staff Attorney Constance Abernathy-Whitlock of
    // the Great Lakes Civil Liberties Union" names the body she works for.)
    if (titleAt > 0) {
      i = ts.indexOf(run[titleAt]!) + 1;
      run.splice(titleAt);
    }
    // The last organisation word: the run ends there, or goes on with "of"/"for" ("Department of …").
    let headAt = -1;
    for (let k = run.length - 1; k >= 0; k--) {
      const w = run[k]!;
      if (!(CAP.test(w.core) || (k === run.length - 1 && (LOWER_BODY_HEADS.has(w.core) || MODIFIED_BODY_HEADS.has(w.core)))) || kindsOfHead(w.core).length === 0) continue;
      // (A remit's words are what the body is for, not its kind: "Culture, Media and Sport".)
      if (remit && k > remitAt) continue;
      const tail = run.slice(k + 1);
      // "Halcyon Space Systems’ Kestrel lander": a body owning what follows ends at its possessive.
      if (w.owns && tail.every((x) => kindsOfHead(x.core).length === 0)) {
        run.splice(k + 1);
        headAt = k;
        break;
      }
      // ("Texas Commission on Environmental Quality", "Council on Foreign Relations": "on" too.)
      // ("Arts Council England", "Citizens Advice Scotland": a nation after the head names its branch there.)
      if (tail.length === 0 || /^(?:of|for|on)$/.test(tail[0]!.core) || (tail.length === 1 && (/^\d+$/.test(tail[0]!.core) || NATION_AFTER_HEAD.test(tail[0]!.core)))) {
        // ("Corvessa Therapeutics of Halden, Massachusetts": a company's town, its state after
        // it, is where it is, not its name.)
        if (tail.length === 2 && tail[0]!.core === 'of' && kindsOfHead(w.core)[0] === 'company' && !/^(?:bank|company)$/i.test(w.core) && /^,\s+\p{Lu}/u.test(text.slice(tail[1]!.end))) run.splice(k + 1);
        headAt = k;
        break;
      }
      // "Northgate University and Dr. Felix Brandt": two names joined.
      if (/^(?:and|&)$/.test(tail[0]!.core) && k >= 1) {
        run.splice(k + 1);
        headAt = k;
        break;
      }
    }
    // "FC Drechtstad", "AC Milan", "FK Podunavac": a club's initials before its town make a club.
    const prefixedClub = headAt < 0 && run.length >= 2 && run.length <= 3 && CLUB_PREFIX.test(run[0]!.core) && run.slice(1).every((w) => CAP.test(w.core));
    if (prefixedClub) headAt = 0;
    // "Dr. Felix Brandt of the Haldane Institute for Astrophysics": the body starts after the last
    // "of"/"for" before its organisation word.
    // Not in "Iowa Department of Health and Human Services": what comes before "of" is a body itself.
    if (headAt > 0) {
      const cut = run.slice(0, headAt).findLastIndex((w) => /^(?:of|for|the|a|on|de|du|des)$/.test(w.core));
      const before = cut >= 0 ? run.slice(0, cut).findLast((w) => !/^(?:of|for|the|a|on|de|du|des)$/.test(w.core)) : undefined;
      if (cut >= 0 && !(before && kindsOfHead(before.core).length > 0)) {
        run.splice(0, cut + 1);
        headAt -= cut + 1;
      }
    }
    const acronym = run.length === 1 && isAcronym(run[0]!.core);
    // "Clare GAA said", "Ohio EPA": a place and a body's initials name its branch there.
    const branch = headAt < 0 && run.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(run[0]!.core) && isAcronym(run[1]!.core) && !POST_NOMINAL_LETTERS.has(run[1]!.core.replace(/\./g, ''));
    caps = run.filter((w) => CAP.test(w.core) && w.core !== '&');
    const hasConnector = run.some((w) => CONNECTOR.test(w.core) || w.core === '&');
    if (headAt < 0 && !acronym && !branch && !(hasConnector && caps.length >= 2)) continue;
    // A single capitalised organisation word alone ("Council", "Police") is not a name.
    // ("Kent county council", "the Haiphong customs department": one name, and a head in lower case.)
    if (headAt >= 0 && caps.length < 2 && !acronym && (CAP.test(run[headAt]!.core) || caps.length === 0)) continue;
    // "Procter & Gamble", "Halloway & Pierce": two names joined by an ampersand are a firm's.
    const firm = headAt < 0 && run.some((w, k) => w.core === '&' && k > 0 && CAP.test(run[k - 1]!.core) && k + 1 < run.length);
    // "Department of Health and Human Services" is a department as well as services.
    const ofHead = run.findIndex((w, k) => k < headAt && /^(?:of|for|on)$/.test(run[k + 1]?.core ?? '') && kindsOfHead(w.core).length > 0);
    // ("Department for Transport", "Ministry of Energy": a public body's remit, not a company.)
    const remitted = ofHead >= 0 && !kindsOfHead(run[ofHead]!.core).includes('company');
    const kinds = prefixedClub ? ['club'] : headAt >= 0 ? [...new Set([...kindsOfHead(run[headAt]!.core).filter((k) => !(remitted && k === 'company')), ...(ofHead >= 0 ? kindsOfHead(run[ofHead]!.core) : [])])] : firm ? ['company'] : [];
    // ("Laborers’ Local 319", "AFSCME Local 1147": a union's branch, which readers call "the union".)
    if (headAt >= 0 && run[headAt]!.core === 'Local' && /^\d{1,5}$/.test(run[headAt + 1]?.core ?? '') && !kinds.includes('union')) kinds.push('union');
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    const written = text.slice(start, end);
    out.push({
      text: written.replace(/[’']$/, ''),
      start,
      end,
      kinds,
      acronym,
      ...(branch ? { branch } : {}),
      // ("Kent county council" is KCC: a lower-case head counts.)
      initials: acronym ? run[0]!.core.replace(/\./g, '').toLowerCase() : initialsOf((caps.length < 2 ? run.filter((w) => !CONNECTOR.test(w.core)) : caps).map((w) => w.core)),
    });
  }
  return out;
}

/**
 * A body's initials from its capitalised words: "Food and Drug Administration" → "fda". A word in
 * capitals gives all its letters: "UK Health Security Agency" → "ukhsa", as the text abbreviates it.
 */
export function initialsOf(capitalised: readonly string[]): string {
  return capitalised.map((w) => (/^\p{Lu}{2,4}$/u.test(w) ? w : w[0]!)).join('').toLowerCase();
}

/** "Halvorsen Appliances Inc." → "Halvorsen Appliances": the legal suffix is not how readers say it. */
export function displayName(org: string): string {
  // ("Cradle & Co." keeps its "Co.": it is the name, not a suffix.)
  return org.replace(/(?<!&|\band)(,?\s+)(?:Inc|Incorporated|Corp|Co|Ltd|LLC|PLC|GmbH|AG)\.?$/i, '').trim();
}
