import json, re, sys
for name in ["e12-mayor-corruption-trial", "e12-football-manager-sacked"]:
    txt = open(f"/work/round12/{name}.txt").read()
    d = json.load(open(f"/work/round12/{name}.json"))
    paras = [p for p in txt.split("\n\n")]
    body = "\n\n".join(paras[2:])
    print("==", name, "words:", len(txt.split()))
    errs = []
    def insent(s):
        for p in paras:
            if s in p:
                i = p.index(s)
                # crude sentence check: no sentence end inside span (except at very end)
                inner = s[:-1].replace('U.S. ','US ')
                if re.search(r'[.?!][’”]?\s+[A-Z‘“]', inner): return "spans sentences?"
                return None
        return "NOT FOUND"
    qs = d["questions"]
    ans = [q for q in qs if q["answerable"]]
    un = [q for q in qs if not q["answerable"]]
    para = [q for q in ans if q["paraphrase"]]
    types = {"person","organisation","place","date","time","duration","money","number","cause","yesno","other"}
    for q in ans:
        assert q["type"] in types, q
        for e in q["evidence"]:
            r = insent(e)
            n = len(e.split())
            if r or not (5 <= n <= 20): errs.append((q["q"], e, r, n))
    shapes = set()
    opens = "“" if d["quoteStyle"]=="us" else "‘"
    for x in d["quotes"]:
        shapes.add(x["shape"])
        t = x["text"]
        if opens + t not in txt: errs.append(("quote not after open mark", t))
        n = len(t.split())
        if not (6 <= n <= 12): print("  note: quote text words", n, t)
        if not (4 <= len(x["ask"]) <= 5): errs.append(("ask len", x))
    # count opening quote marks in article
    if d["quoteStyle"]=="us":
        nopen = txt.count("“")
    else:
        nopen = len(re.findall(r'(?:^|(?<=[\s(]))‘', txt, re.M))
    for r in d["reported"]:
        e = r["evidence"]; n = len(e.split())
        if insent(e) or not (6 <= n <= 15): errs.append(("reported", e, insent(e), n))
    print(f"  questions {len(qs)} answerable {len(ans)} unanswerable {len(un)} paraphrase {len(para)} ({len(para)/len(qs):.0%} of all, {len(para)/len(ans):.0%} of answerable)")
    print(f"  quotes {len(d['quotes'])} shapes {sorted(shapes)} opening-marks-in-text {nopen}")
    print(f"  reported {len(d['reported'])}")
    print("  types", sorted(set(q['type'] for q in ans)))
    print("  ERRORS:", errs if errs else "none")
