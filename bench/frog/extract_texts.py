#!/usr/bin/env python3
"""Write the "text" of each JSONL record to its own plain-text file, for Frog.

Usage: extract_texts.py INPUT.jsonl OUTDIR [--limit N]

Files are named NNNN.txt in input order (NNNN = line index), so Frog's per-file output
can be joined back to the record. Prints "<articles> <words>" where words is counted the
way Binnenhof counts them: len(text.split()) summed over the texts written.
Also writes OUTDIR/../ids.tsv (file stem, record id) for callers that need the id.
"""
import json
import os
import sys


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    limit = None
    if "--limit" in argv:
        i = argv.index("--limit")
        limit = int(argv[i + 1])
        args.remove(argv[i + 1])
    if len(args) != 2:
        sys.exit(__doc__)
    src, outdir = args
    os.makedirs(outdir, exist_ok=True)
    n = words = 0
    ids = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            text = rec.get("text") or ""
            stem = f"{n:04d}"
            with open(os.path.join(outdir, stem + ".txt"), "w", encoding="utf-8") as out:
                out.write(text)
                if not text.endswith("\n"):
                    out.write("\n")
            ids.append((stem, str(rec.get("id"))))
            words += len(text.split())
            n += 1
    with open(os.path.join(os.path.dirname(os.path.abspath(outdir)), "ids.tsv"), "w", encoding="utf-8") as f:
        for stem, rid in ids:
            f.write(f"{stem}\t{rid}\n")
    print(n, words)


if __name__ == "__main__":
    main(sys.argv[1:])
