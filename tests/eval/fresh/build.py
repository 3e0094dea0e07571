import json
def Q(q, t=None, p=None, ev=None):
    if t is None: return {"q": q, "answerable": False}
    return {"q": q, "answerable": True, "type": t, "paraphrase": p, "evidence": ev}
def QU(speaker, text, shape, ask): return {"speaker": speaker, "text": text, "shape": shape, "ask": ask}
def R(speaker, ev, ask): return {"speaker": speaker, "evidence": ev, "ask": ask}

mayor = {
 "field": "courts", "shape": "court report", "quoteStyle": "us",
 "questions": [
  Q("who's on trial", "person", False, ["Former Port Alden Mayor Raymond Tolliver went on trial in federal court Monday"]),
  Q("how much in kickbacks is he accused of taking", "money", True, ["accused of taking $247,500 in bribes from a real estate developer"]),
  Q("how many counts is he facing", "number", False, ["faces seven counts: one count of conspiracy, three counts of federal program bribery"]),
  Q("who paid him off the most", "person", True, ["the bulk of the money, $185,000, came from Curtis Amberly"]),
  Q("how much did the tow truck guy allegedly hand over", "money", True, ["The remaining $62,500, they allege, was paid by Frank Dembrowski"]),
  Q("what did the developer want in exchange", "other", True, ["was seeking approval for a 312-unit apartment and marina complex on the city’s north waterfront"]),
  Q("what did the prosecutor say in her opening statement", "other", False, ["This case is about a man who put City Hall up for sale", "You will hear his voice on those tapes, you will hear him count the money"]),
  Q("where did the feds find the cash", "place", True, ["$38,000 in cash hidden in a cereal box in Tolliver’s garage"]),
  Q("who's his lawyer", "person", True, ["Tolliver’s attorney, Lionel Baptiste, told jurors"]),
  Q("how does the defense explain the money", "other", True, ["the payments from Amberly were personal loans between longtime friends"]),
  Q("did the judge allow the secret tapes", "yesno", True, ["U.S. District Judge Helen Marchetti denied a defense motion to keep the recordings out of the trial", "Marchetti ruled that the tapes were “properly authenticated and far more probative than prejudicial"]),
  Q("when did amberly first slip him money", "date", True, ["he first paid Tolliver in the spring of 2020"]),
  Q("why did the developer flip on him", "cause", True, ["has agreed to testify in the hope of a lighter sentence"]),
  Q("how much did amberly spend fixing up the mayor's cabin", "money", True, ["he later paid for $41,000 of renovations to a cabin Tolliver owns on Whitlow Lake"]),
  Q("how much prison time could he get if found guilty", "duration", True, ["a maximum sentence of 20 years in prison on each of the honest services wire fraud counts"]),
  Q("how long is the trial supposed to go on", "duration", True, ["The trial is expected to last about three weeks."]),
  Q("what did tolliver say outside court", "other", False, ["I’ve waited two years to tell the truth, and I’m going to."]),
  Q("what did the us attorney's office say", "other", False, ["Public officials who sell their office betray every resident they were elected to serve", "the case was part of a broader investigation into city contracting in Port Alden"]),
  Q("how many witnesses are prosecutors calling", "number", False, ["Prosecutors have said they plan to call about 30 witnesses"]),
  Q("when did he step down as mayor", "date", True, ["for nine years before resigning in September 2023"]),
  Q("what happens next in the trial", "other", False, ["Testimony resumes Tuesday at 9 a.m., when Baptiste is expected to continue his cross-examination of Amberly", "Prosecutors have said Dembrowski will be called to testify later this week."]),
  Q("who is the mayor of port alden now"),
  Q("how much was his bail set at"),
  Q("what party is tolliver"),
  Q("what sentence did amberly end up getting"),
  Q("how much did harbor pointe cost to build"),
 ],
 "quotes": [
  QU("Rachel Ostrander", "This case is about a man who put City Hall", "said-after", ["Ostrander", "Rachel Ostrander", "the prosecutor", "Assistant U.S. Attorney", "Rachel Ostrandar"]),
  QU("Rachel Ostrander", "You will hear his voice on those tapes", "pronoun", ["Ostrander", "Rachel Ostrander", "the prosecution", "the government’s lawyer", "Ostrender"]),
  QU("Lionel Baptiste", "Curtis Amberly is a man who got caught", "split", ["Baptiste", "Lionel Baptiste", "the defense attorney", "Tolliver’s lawyer", "Lionel Baptist"]),
  QU("Helen Marchetti", "properly authenticated and far more probative than prejudicial", "mid-sentence", ["Marchetti", "Helen Marchetti", "the judge", "U.S. District Judge", "Marchette"]),
  QU("Curtis Amberly", "He told me the council would take care of itself", "role-after-name", ["Amberly", "Curtis Amberly", "the developer", "the president of Amberly Land Partners", "Amberley"]),
  QU("Curtis Amberly", "I’m not proud of any of it, but I’m telling", "said-after", ["Amberly", "Curtis Amberly", "the witness", "the cooperating developer", "Curtis Amberley"]),
  QU("one retired schoolteacher from Port Alden", "I voted for him twice, and I just want", "unnamed", ["the schoolteacher", "the retired teacher", "a spectator", "someone from Port Alden"]),
  QU("Raymond Tolliver", "I’ve waited two years to tell the truth", "lead-in", ["Tolliver", "Raymond Tolliver", "the former mayor", "the defendant", "Toliver"]),
  QU("U.S. Attorney’s Office for the Western District of Michigan", "Public officials who sell their office betray every resident", "organisation", ["U.S. Attorney’s Office", "U.S. Attorney’s Office for the Western District of Michigan", "the federal prosecutors", "the U.S. attorney", "US Attorneys Office"]),
 ],
 "reported": [
  R("Rachel Ostrander", "FBI agents found $38,000 in cash hidden in a cereal box", ["Ostrander", "the prosecutor"]),
  R("Lionel Baptiste", "the payments from Amberly were personal loans between longtime friends", ["Baptiste", "the defense attorney"]),
  R("Curtis Amberly", "he began recording their conversations after FBI agents approached him", ["Amberly", "the developer"]),
  R("U.S. Attorney’s Office for the Western District of Michigan", "the case was part of a broader investigation into city contracting", ["U.S. Attorney’s Office", "the U.S. attorney’s office"]),
 ],
}

football = {
 "field": "sport", "shape": "news story", "quoteStyle": "british",
 "questions": [
  Q("who got fired", "person", True, ["Castlebridge City have sacked manager Niall Forsythe"]),
  Q("why was he let go", "cause", True, ["after a sixth successive Premier League defeat left the club 19th in the table"]),
  Q("where are they in the table", "number", False, ["left the club 19th in the table, three points from safety"]),
  Q("how many games have they lost on the bounce", "number", True, ["after a sixth successive Premier League defeat"]),
  Q("what was the score on saturday", "other", False, ["Saturday’s 3-0 home loss to Redmere United"]),
  Q("how many points have they got", "number", False, ["City have taken just eight points from their opening 12 matches"]),
  Q("what did the chairman say", "other", False, ["This was not a decision the board took lightly.", "we believe a change is needed now to give us the best chance of staying in this division"]),
  Q("wasnt the chairman supporting him not long ago", "yesno", True, ["Ashcombe had publicly backed Forsythe only three weeks ago"]),
  Q("what did forsythe say in his goodbye message", "other", True, ["To the players, the staff and above all the supporters, thank you", "I gave this club everything I had and I’m proud of what we built together"]),
  Q("how long had he been in the job", "duration", True, ["Forsythe, who was appointed in April 2024, posted a farewell message"]),
  Q("what did the captain say", "other", False, ["It’s on us as much as anyone", "He gave me the armband and I owe him a lot."]),
  Q("who's the interim boss", "person", True, ["First-team coach Darren Mulvey will take charge as caretaker manager."]),
  Q("how big is forsythe's payoff", "money", True, ["Forsythe will receive around £4.5 million in compensation"]),
  Q("when was his deal meant to run till", "date", True, ["a contract that was due to run until the summer of 2027"]),
  Q("who's the next game against", "organisation", False, ["Mulvey’s first game in charge will be Saturday’s trip to Thornbury Athletic"]),
  Q("how did the supporters' trust react", "other", False, ["This was the right call, but it comes about a month too late", "Supporters deserve to know who is actually making football decisions at this club"]),
  Q("who was in charge before forsythe", "person", True, ["the Danish coach Stefan Rask, lasted just 11 months"]),
  Q("who's the bookies' favourite to replace him", "person", True, ["Bookmakers installed Kieran Doyle-Marsh, who left Lowther Athletic in the summer"]),
  Q("when do they want a new boss in by", "date", True, ["hoped to have a new manager in place before the January transfer window opens"]),
  Q("how far off safety are they", "number", False, ["the club 19th in the table, three points from safety", "City sit three points behind 17th-placed Hollin Vale"]),
  Q("did any of his staff go too", "yesno", True, ["Forsythe’s assistant, Paul Ridd, and first-team analyst Owen Baird have also left the club."]),
  Q("what's the capacity at foundry lane"),
  Q("how old is mulvey"),
  Q("who scored redmere's goals"),
  Q("has forsythe got another job lined up"),
  Q("how much did they sell okafor-reid for"),
 ],
 "quotes": [
  QU("Bernard Ashcombe", "This was not a decision the board took lightly.", "statement-paragraph", ["Ashcombe", "Bernard Ashcombe", "the chairman", "the club", "Ashcomb"]),
  QU("Bernard Ashcombe", "complete confidence and the full backing of the board", "mid-sentence", ["Ashcombe", "Bernard Ashcombe", "the chairman", "the board", "Bernard Ashcome"]),
  QU("Bernard Ashcombe", "We will take our time to find the right person", "pronoun", ["Ashcombe", "Bernard Ashcombe", "the chairman", "the Castlebridge chairman", "Ashcomb"]),
  QU("Niall Forsythe", "To the players, the staff and above all the supporters", "written", ["Forsythe", "Niall Forsythe", "the sacked manager", "the former boss", "Neil Forsyth"]),
  QU("Tom Haverley", "It’s on us as much as anyone", "split", ["Haverley", "Tom Haverley", "the captain", "the skipper", "Haverly"]),
  QU("Tom Haverley", "He gave me the armband and I owe him a lot", "said-after", ["Haverley", "Tom Haverley", "the centre-back", "the club captain", "Tom Haveley"]),
  QU("Darren Mulvey", "The lads are hurting, but there’s more than enough quality", "said-before", ["Mulvey", "Darren Mulvey", "the caretaker manager", "the first-team coach", "Mulvay"]),
  QU("Castlebridge City Supporters’ Trust", "Supporters deserve to know who is actually making football decisions", "organisation", ["the Supporters’ Trust", "Castlebridge City Supporters’ Trust", "the fans’ group", "the supporters", "the Supporters Trust"]),
  QU("Janet Colley", "This was the right call, but it comes about", "role-after-name", ["Colley", "Janet Colley", "chair of the trust", "the supporters’ trust chair", "Janet Collie"]),
  QU("one fan", "I’ve had a season ticket for 26 years", "unnamed", ["the fan", "a supporter", "the season ticket holder", "someone outside the club shop"]),
 ],
 "reported": [
  R("Tom Haverley", "the players had to accept their share of the blame", ["Haverley", "the captain"]),
  R("Bernard Ashcombe", "the board had already drawn up a shortlist and hoped", ["Ashcombe", "the chairman"]),
  R("Bernard Ashcombe", "would be given time to turn things around", ["Ashcombe", "the chairman"]),
 ],
}

def dump(d):
    L = ['{']
    L.append(f'  "field": {json.dumps(d["field"])},')
    L.append(f'  "shape": {json.dumps(d["shape"])},')
    L.append(f'  "quoteStyle": {json.dumps(d["quoteStyle"])},')
    L.append('  "questions": [')
    qs=[]
    for q in d["questions"]:
        if q["answerable"]:
            qs.append(f'    {{ "q": {json.dumps(q["q"])}, "answerable": true, "type": {json.dumps(q["type"])}, "paraphrase": {json.dumps(q["paraphrase"])},\n      "evidence": {json.dumps(q["evidence"], ensure_ascii=False)} }}')
        else:
            qs.append(f'    {{ "q": {json.dumps(q["q"])}, "answerable": false }}')
    L.append(',\n'.join(qs)); L.append('  ],')
    L.append('  "quotes": [')
    L.append(',\n'.join(f'    {{ "speaker": {json.dumps(x["speaker"], ensure_ascii=False)}, "text": {json.dumps(x["text"], ensure_ascii=False)}, "shape": {json.dumps(x["shape"])},\n      "ask": {json.dumps(x["ask"], ensure_ascii=False)} }}' for x in d["quotes"]))
    L.append('  ],')
    L.append('  "reported": [')
    L.append(',\n'.join(f'    {{ "speaker": {json.dumps(x["speaker"], ensure_ascii=False)}, "evidence": {json.dumps(x["evidence"], ensure_ascii=False)}, "ask": {json.dumps(x["ask"], ensure_ascii=False)} }}' for x in d["reported"]))
    L.append('  ]'); L.append('}')
    return '\n'.join(L)+'\n'

for name, d in [("e12-mayor-corruption-trial", mayor), ("e12-football-manager-sacked", football)]:
    open(f"/work/round12/{name}.json","w").write(dump(d))
