/**
 * English given names and the short forms people go by that do not start like them: readers ask
 * for "Maggie" when the story says Margaret Ellery, "Edie" for Edith, "Bill" for William. (Short
 * forms that are the name's start, "Ken" for Kenneth, are found by their spelling: see
 * speaker-match.ts.) Written out from common usage; each formal name lists its usual short forms.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  william: ['bill', 'billy', 'will', 'willie', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'ricky', 'rich', 'richie'],
  edward: ['ted', 'teddy', 'ned', 'eddie', 'ed'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  henry: ['harry', 'hank'],
  charles: ['chuck', 'charlie', 'chas'],
  anthony: ['tony'],
  lawrence: ['larry'],
  laurence: ['larry'],
  gerald: ['gerry', 'jerry'],
  terence: ['terry'],
  terrence: ['terry'],
  daniel: ['danny', 'dan'],
  tobias: ['toby'],
  oliver: ['olly', 'ollie'],
  alfred: ['alf', 'alfie', 'fred'],
  frederick: ['fred', 'freddie', 'freddy'],
  francis: ['frank', 'frankie'],
  joseph: ['joe', 'joey'],
  michael: ['mike', 'mick', 'mickey'],
  nicholas: ['nick', 'nicky'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  stephen: ['steve'],
  steven: ['steve'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  margaret: ['maggie', 'meg', 'peggy', 'peg', 'madge', 'greta'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'bess', 'eliza', 'libby'],
  katherine: ['kate', 'katie', 'kathy', 'kay'],
  catherine: ['kate', 'katie', 'cathy', 'kay'],
  kathleen: ['kathy', 'kath'],
  edith: ['edie'],
  winifred: ['win', 'winnie'],
  dorothy: ['dot', 'dolly', 'dottie'],
  mary: ['molly', 'polly', 'mae'],
  sarah: ['sally', 'sadie'],
  susan: ['sue', 'susie'],
  patricia: ['pat', 'patsy', 'trish'],
  rebecca: ['becky', 'becca'],
  victoria: ['vicky', 'tori'],
  jennifer: ['jenny', 'jen'],
  amanda: ['mandy'],
  eleanor: ['nell', 'nellie', 'ellie'],
  helen: ['nell', 'nellie'],
  deborah: ['debbie', 'deb'],
  alexandra: ['sandra', 'sandy', 'alex'],
  alexander: ['alex', 'sandy'],
  christopher: ['chris', 'kit'],
  josephine: ['jo', 'josie'],
  joanna: ['jo'],
  abigail: ['abby', 'gail'],
  barbara: ['barb', 'babs'],
  theodore: ['ted', 'teddy', 'theo'],
  samuel: ['sam', 'sammy'],
  benjamin: ['ben', 'benny'],
  jacob: ['jake'],
};

/** Each short form with the formal names it stands for. */
const FORMAL_OF = new Map<string, Set<string>>();
for (const [formal, shorts] of Object.entries(SHORT_FORMS)) {
  for (const short of shorts) {
    const set = FORMAL_OF.get(short) ?? new Set<string>();
    set.add(formal);
    FORMAL_OF.set(short, set);
  }
}

/** Are `a` and `b` (lower case) one given name, one of them the other's usual short form? */
export function sameGivenName(a: string, b: string): boolean {
  return a !== b && (FORMAL_OF.get(a)?.has(b) === true || FORMAL_OF.get(b)?.has(a) === true);
}
