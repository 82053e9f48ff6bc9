#!/usr/bin/env python3
"""Person P/R/F1 of Frog's named-entity recogniser against the hand-annotated gold articles.

Usage: frog_person_f1.py [--gold FILE ...] [--skip SET] [--frog-output DIR] [--keep DIR]
                         [--merge] [--verbose]

  --gold FILE         gold JSONL (repeatable); default: seeds.jsonl and dev.jsonl from
                      ../../../shared/corpus/gold beside this script
  --skip SET          value for frog --skip (default "aclmp": tokeniser + tagger + NER only;
                      "none" = all of Frog's default modules). NER output does not depend on it
                      except through multi-word units, which are split back into words here.
  --frog-output DIR   do not run Frog; read DIR/NNNN.txt.out as written by an earlier --keep run
  --keep DIR          keep the texts and Frog's output in DIR (contains article text: never
                      inside the repository)
  --merge             besides the plain figure, also score with a per-article merge of names
                      that score.py's same_person takes for one person ("Rutte" into "Mark Rutte")
  --verbose           list missed and extra names per article

Frog's tab-separated output has the NER label (B-PER / I-PER / O, ...) right after the POS tag and
its confidence (column 7 with all modules; Frog 0.20 shifts columns when modules are skipped). Runs of
B-PER I-PER... within a sentence are one person mention; the words are joined with spaces.
With multi-word units on, a token such as "Mark_Rutte" carries "B-PER_I-PER": both are split
on "_" back into words. Mentions are deduplicated per article (case- and accent-folded exact
string, as score.py folds). Matching and P/R/F1 are score.py's own: same_person, greedy_match and
PRF are imported from /work/shared/tools/score.py by path, not copied. A bare surname that Frog
finds ("Rutte") is a predicted person like any other and matches as score.py matches it.
"""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
SCORE_PY = os.path.join(SHARED, "tools", "score.py")


def load_score():
    spec = importlib.util.spec_from_file_location("binnenhof_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def parse_args(argv):
    opts = {"gold": [], "skip": "aclmp", "frog_output": None, "keep": None,
            "merge": False, "verbose": False}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        elif a == "--gold":
            opts["gold"].append(argv[i + 1]); i += 1
        elif a == "--skip":
            opts["skip"] = argv[i + 1]; i += 1
        elif a == "--frog-output":
            opts["frog_output"] = argv[i + 1]; i += 1
        elif a == "--keep":
            opts["keep"] = argv[i + 1]; i += 1
        elif a == "--merge":
            opts["merge"] = True
        elif a == "--verbose":
            opts["verbose"] = True
        else:
            sys.exit(f"unknown option {a}\n{__doc__}")
        i += 1
    if not opts["gold"]:
        opts["gold"] = [os.path.join(SHARED, "corpus", "gold", f) for f in ("seeds.jsonl", "dev.jsonl")]
    return opts


def load_gold(paths):
    recs = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            recs.extend(json.loads(line) for line in f if line.strip())
    return recs


def run_frog(recs, workdir, skip):
    indir, outdir = os.path.join(workdir, "in"), os.path.join(workdir, "out")
    os.makedirs(indir, exist_ok=True)
    for n, r in enumerate(recs):
        with open(os.path.join(indir, f"{n:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(r["text"].rstrip("\n") + "\n")
    cmd = ["frog", "--threads=1", "--testdir", indir, "--outputdir", outdir]
    if skip != "none":
        cmd.insert(2, f"--skip={skip}")
    with open(os.path.join(workdir, "frog.log"), "w") as log:
        subprocess.run(cmd, cwd=workdir, stdout=subprocess.DEVNULL, stderr=log, check=True)
    return outdir


POS_RE = re.compile(r"^[A-Z]+\([^()]*\)(_[A-Z]+\([^()]*\))*$")


def ner_column(cols):
    """Index of the NER column: the one after the POS tag and its confidence. Frog 0.20 does not
    keep its columns in place: every skipped module adds or leaves an empty column, so with
    --skip=aclmp the NER label is column 8, not 7. Locate it by the POS tag instead."""
    if len(cols) < 4 or not cols[0].strip().isdigit():
        return None
    for i in range(2, len(cols) - 2):
        if POS_RE.match(cols[i]):
            try:
                float(cols[i + 1])
            except ValueError:
                continue
            return i + 2
    return None


def persons_from_frog(path):
    """Person mentions (strings) in one Frog tab-separated output file, in text order."""
    mentions, cur = [], []

    def close():
        if cur:
            mentions.append(" ".join(cur))
            cur.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            i = ner_column(cols)
            if i is None:
                close()  # sentence boundary (blank line)
                continue
            word, ner = cols[1], cols[i]
            words, tags = word.split("_"), ner.split("_")
            if len(words) != len(tags):  # underscore inside a word: keep the token whole
                words, tags = [word], [tags[0]]
            for w, t in zip(words, tags):
                t = t.upper()
                if t == "B-PER" or (t == "I-PER" and not cur):
                    close()
                    cur.append(w)
                elif t == "I-PER":
                    cur.append(w)
                else:
                    close()
    close()
    return mentions


def dedupe(names, fold):
    seen, out = set(), []
    for n in names:
        k = fold(n)
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out


def merge_same(names, same_person):
    """Keep one name per person: longer names first, a name that same_person pairs with a kept
    one is dropped ("Rutte" and "M. Rutte" go into "Mark Rutte")."""
    kept = []
    for n in sorted(names, key=lambda s: (-len(s.split()), -len(s))):
        if not any(same_person(n, k) for k in kept):
            kept.append(n)
    return kept


def score(recs, preds, sc, verbose, label):
    prf = sc.PRF()
    for r, pred in zip(recs, preds):
        gold = [p["name"] for p in r.get("persons") or [] if p.get("name")]
        pairs = sc.greedy_match(gold, pred, sc.same_person)
        prf.add(len(gold), len(pred), len(pairs))
        if verbose:
            mg = {g for g, _ in pairs}
            mp = {p for _, p in pairs}
            miss = [gold[i] for i in range(len(gold)) if i not in mg]
            extra = [pred[i] for i in range(len(pred)) if i not in mp]
            print(f"  [{label}] {r['id']}: gold={len(gold)} pred={len(pred)} match={len(pairs)}"
                  f" missed={miss} extra={extra}")
    f = prf.figures()
    print(f"{label}: persons P={f['precision']:.4f} R={f['recall']:.4f} F1={f['f1']:.4f} "
          f"(tp={f['tp']} fp={f['fp']} fn={f['fn']})")
    return f


def main(argv):
    opts = parse_args(argv)
    sc = load_score()
    recs = load_gold(opts["gold"])
    tmp = None
    if opts["frog_output"]:
        outdir = opts["frog_output"]
    else:
        if shutil.which("frog") is None:
            sys.exit("frog not found: apt-get install -y frog frogdata (as root)")
        if opts["keep"]:
            os.makedirs(opts["keep"])
            work = opts["keep"]
        else:
            tmp = tempfile.mkdtemp(prefix="frog-f1.")
            work = tmp
        outdir = run_frog(recs, work, opts["skip"])
    try:
        raw = []
        for n in range(len(recs)):
            path = os.path.join(outdir, f"{n:04d}.txt.out")
            if not os.path.exists(path):
                sys.exit(f"missing Frog output {path}")
            raw.append(persons_from_frog(path))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"gold: {len(recs)} articles, {sum(len(r.get('persons') or []) for r in recs)} persons; "
          f"frog --skip={opts['skip'] if not opts['frog_output'] else '(read ' + outdir + ')'}; "
          f"{sum(len(m) for m in raw)} PER mentions")
    plain = [dedupe(m, sc.fold) for m in raw]
    score(recs, plain, sc, opts["verbose"], "frog PER, deduplicated per article")
    if opts["merge"]:
        merged = [merge_same(p, sc.same_person) for p in plain]
        score(recs, merged, sc, opts["verbose"], "frog PER, same_person-merged per article")


if __name__ == "__main__":
    main(sys.argv[1:])
