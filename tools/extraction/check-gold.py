#!/usr/bin/env python3
"""Checks the gold files of an evaluation round against their pages (standard library only).

Usage: python3 tools/extraction/check-gold.py <round-dir>
Every NAME.expected.json is checked against NAME.txt: shape and keys, quote starts (4 to 8 words,
exactly once in the page, not in a navigation line), navigation lines, titles, dates and operation
kinds (from the knowledge base). Prints one line per problem and a summary; exits non-zero on any
problem. The conventions checked are those of rounds 10 and later (the round's README states them);
earlier rounds were written to looser ones and report problems here.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "..", "src", "main", "resources", "knowledge-base")
if len(sys.argv) != 2:
    sys.exit("usage: check-gold.py <round-dir>")
ROUND = sys.argv[1]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TOP_REQ = {"publishedAt", "navigation", "items"}
ITEM_REQ = {"title", "officials", "organizations", "operations", "directQuotes"}
ITEM_OPT = {"printedDate", "places", "author", "opEd"}
PUNCT_END = ",.;:!?—–-«»\"“”(\u2026"

problems = []
def bad(f, msg):
    problems.append(f"{f}: {msg}")

def load_kb():
    kinds, ops, orgs, offs, places = set(), {}, {}, {}, {}
    try:
        for o in json.load(open(os.path.join(KB, "operations.json"), encoding="utf-8")):
            kinds.add(o["kind"]); ops[o["name"]] = o["kind"]
            for a in o.get("aliases", []): ops.setdefault("@" + a, o["name"])
        for o in json.load(open(os.path.join(KB, "organizations.json"), encoding="utf-8")):
            for a in o.get("aliases", []): orgs[a] = o["name"]
        for o in json.load(open(os.path.join(KB, "officials.json"), encoding="utf-8")):
            for a in o.get("aliases", []): offs[a] = o["name"]
        for o in json.load(open(os.path.join(KB, "places.json"), encoding="utf-8")):
            for a in o.get("aliases", []): places[a] = o["name"]
    except OSError:
        kinds = {"TRAINING", "SPECIAL_TRAINING", "REGIONAL_OPERATION", "SET_OF_MEASURES", "EXERCISE"}
    return kinds, ops, orgs, offs, places

KINDS, OPS, ORG_ALIASES, OFF_ALIASES, PLACE_ALIASES = load_kb()

def check_title(f, title, text, lines):
    if title in lines:
        return
    if not title.endswith("…"):
        bad(f, f"title is not a line of the page and not a cut sentence: {title!r}")
        return
    prefix = title[:-1]
    if len(prefix) >= 100:
        bad(f, f"cut title longer than 99 characters before the ellipsis: {title!r}")
    if prefix != prefix.rstrip() or not prefix:
        bad(f, f"cut title has trailing space: {title!r}")
    if prefix and prefix[-1] in PUNCT_END:
        bad(f, f"cut title falls right after punctuation: {title!r}")
    n = text.count(prefix + " ")
    if n != 1:
        bad(f, f"cut title prefix occurs {n} times (want 1, followed by a space): {title!r}")
        return
    # the sentence must run on past character 100 and the cut must be the last space before 100
    for ln in lines:
        i = ln.find(prefix + " ")
        if i < 0:
            continue
        start = ln[i:]
        if len(start) <= 100:
            bad(f, f"first sentence not longer than 100 characters: {title!r}")
        elif start[:100].rfind(" ") != len(prefix):
            bad(f, f"cut not at the last space before character 100: {title!r}")
        sent_end = re.search(r"[.!?](\s|$)", start[:len(prefix) + 1])
        if sent_end:
            bad(f, f"cut title spans past the end of the first sentence: {title!r}")

def check_file(txt, js):
    f = os.path.basename(js)
    text = open(txt, encoding="utf-8").read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if any(l != l.strip() or not l for l in lines):
        bad(f, "page has empty lines or lines with leading/trailing whitespace")
    words = len(text.split())
    if not 200 <= words <= 320:
        bad(f, f"page has {words} words (want 200-320)")
    try:
        g = json.load(open(js, encoding="utf-8"))
    except Exception as e:
        bad(f, f"invalid JSON: {e}")
        return 0, 0, 0
    if not isinstance(g, dict):
        bad(f, "top level is not an object"); return 0, 0, 0
    keys = set(g)
    if not TOP_REQ <= keys:
        bad(f, f"missing top-level keys {sorted(TOP_REQ - keys)}")
    if keys - TOP_REQ:
        bad(f, f"unexpected top-level keys {sorted(keys - TOP_REQ)}")
    if not ISO.match(str(g.get("publishedAt", ""))):
        bad(f, f"publishedAt not ISO: {g.get('publishedAt')!r}")
    nav = g.get("navigation", [])
    if not isinstance(nav, list) or not nav:
        bad(f, "navigation must be a non-empty list")
        nav = []
    for n in nav:
        if n not in lines:
            bad(f, f"navigation entry is not an exact full line: {n!r}")
    navset = set(nav)
    items = g.get("items", [])
    if not isinstance(items, list) or not items:
        bad(f, "items must be a non-empty list"); return 0, 0, 0
    nq = nnull = 0
    dates = []
    for k, it in enumerate(items):
        p = f"item {k}"
        ik = set(it)
        if not ITEM_REQ <= ik:
            bad(f, f"{p}: missing keys {sorted(ITEM_REQ - ik)}")
        if ik - ITEM_REQ - ITEM_OPT:
            bad(f, f"{p}: unexpected keys {sorted(ik - ITEM_REQ - ITEM_OPT)}")
        check_title(f, it.get("title", ""), text, lines)
        if it.get("title") in navset:
            bad(f, f"{p}: title is a navigation line")
        if "printedDate" in it:
            if not ISO.match(str(it["printedDate"])):
                bad(f, f"{p}: printedDate not ISO: {it['printedDate']!r}")
            else:
                dates.append(it["printedDate"])
        if "opEd" in it and it["opEd"] is not True:
            bad(f, f"{p}: opEd must be true when present")
        if "author" in it and (not isinstance(it["author"], str) or not it["author"]):
            bad(f, f"{p}: author must be a non-empty string")
        for key in ("officials", "organizations", "places"):
            v = it.get(key, [])
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                bad(f, f"{p}: {key} must be a list of non-empty strings")
            elif len(set(v)) != len(v):
                bad(f, f"{p}: duplicate entries in {key}")
        for o in it.get("officials", []):
            if o in OFF_ALIASES and OFF_ALIASES[o] != o:
                bad(f, f"{p}: official {o!r} should use the KB canonical name {OFF_ALIASES[o]!r}")
        for o in it.get("organizations", []):
            if o in ORG_ALIASES and ORG_ALIASES[o] != o:
                bad(f, f"{p}: organization {o!r} should use the KB canonical name {ORG_ALIASES[o]!r}")
        for o in it.get("places", []):
            if o in PLACE_ALIASES and PLACE_ALIASES[o] != o:
                bad(f, f"{p}: place {o!r} should use the KB canonical name {PLACE_ALIASES[o]!r}")
        for op in it.get("operations", []):
            if not isinstance(op, dict) or set(op) != {"name", "kind"}:
                bad(f, f"{p}: operation must be {{name, kind}}: {op!r}")
                continue
            if op["kind"] not in KINDS:
                bad(f, f"{p}: operation kind {op['kind']!r} not a KB kind")
            if "@" + op["name"] in OPS:
                bad(f, f"{p}: operation {op['name']!r} should use the KB canonical name {OPS['@' + op['name']]!r}")
            if op["name"] in OPS and OPS[op["name"]] != op["kind"]:
                bad(f, f"{p}: KB operation {op['name']!r} has kind {OPS[op['name']]}, not {op['kind']}")
        offs = set(it.get("officials", []))
        for q in it.get("directQuotes", []):
            nq += 1
            if not isinstance(q, dict) or set(q) != {"speaker", "startsWith"}:
                bad(f, f"{p}: quote must be {{speaker, startsWith}}: {q!r}"); continue
            sp, sw = q["speaker"], q["startsWith"]
            if sp is None:
                nnull += 1
            elif sp not in offs:
                bad(f, f"{p}: speaker {sp!r} not among the item's officials")
            if not isinstance(sw, str):
                bad(f, f"{p}: startsWith not a string"); continue
            nw = len(sw.split())
            if not 4 <= nw <= 8:
                bad(f, f"{p}: startsWith has {nw} words: {sw!r}")
            if sw != sw.strip() or sw[:1] in "«\"“":
                bad(f, f"{p}: startsWith has surrounding space or a quotation mark: {sw!r}")
            c = text.count(sw)
            if c != 1:
                bad(f, f"{p}: startsWith occurs {c} times (want 1): {sw!r}")
            if any(sw in n for n in nav):
                bad(f, f"{p}: startsWith inside a navigation line: {sw!r}")
    if dates and g.get("publishedAt") != max(dates):
        bad(f, f"publishedAt {g.get('publishedAt')} is not the newest printedDate {max(dates)}")
    return len(items), nq, nnull

def main():
    names = sorted(n[:-4] for n in os.listdir(ROUND) if n.endswith(".txt"))
    jsons = sorted(n[:-len(".expected.json")] for n in os.listdir(ROUND) if n.endswith(".expected.json"))
    for n in set(names) ^ set(jsons):
        bad(n, "page without gold file or gold file without page")
    ti = tq = tn = 0
    for n in names:
        if not re.match(r"^(en|ru)_[a-z0-9]+_[a-z0-9]+$", n):
            bad(n, "file name not <lang>_<outlet>_<topic>")
        js = os.path.join(ROUND, n + ".expected.json")
        if os.path.exists(js):
            i, q, nl = check_file(os.path.join(ROUND, n + ".txt"), js)
            ti += i; tq += q; tn += nl
    for p in problems:
        print(p)
    print(f"{len(names)} pages, {ti} items, {tq} quotes ({tn} with speaker null), {len(problems)} problems")
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
