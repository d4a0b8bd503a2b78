#!/usr/bin/env python3
"""Check that no sample article copies wording from the evaluation corpus.

    python3 samples/check_overlap.py [--n 8] [CORPUS_DIR ...]

Every samples/[0-9]*.txt is compared with every *.txt under the corpus folders
(by default ../shared/corpus/seeds and ../shared/corpus/dev, found from the
repository root). Texts are lowercased, typographic apostrophes and dashes
folded, and split into words (runs of letters and digits); any sequence of N
words (8 by default) that a sample shares with a corpus file is reported with
both file names. For each sample the longest shared run of words is printed
too, as a margin.

Exit status: 0 when nothing is shared, 1 when some sequence is, 2 on bad input.
Standard library only.
"""

import argparse
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_CORPORA = [HERE.parent.parent / "shared" / "corpus" / "seeds",
                   HERE.parent.parent / "shared" / "corpus" / "dev"]
FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})
WORD = re.compile(r"[^\W_]+")


def words(path: pathlib.Path) -> list:
    text = path.read_text(encoding="utf-8", errors="replace").lower().translate(FOLD)
    return WORD.findall(text)


def ngrams(tokens: list, n: int) -> dict:
    """n-gram -> index of its first word."""
    grams = {}
    for i in range(len(tokens) - n + 1):
        grams.setdefault(tuple(tokens[i:i + n]), i)
    return grams


def longest_shared(a: list, b: list) -> int:
    """Length of the longest run of words that a and b share (dynamic programming)."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=pathlib.Path, default=DEFAULT_CORPORA)
    parser.add_argument("--n", type=int, default=8, help="words in a sequence (default 8)")
    args = parser.parse_args()
    samples = sorted(HERE.glob("[0-9]*.txt"))
    corpus = sorted(p for folder in args.corpora for p in folder.rglob("*.txt"))
    if not samples or not corpus:
        print(f"check_overlap: nothing to compare ({len(samples)} samples, "
              f"{len(corpus)} corpus files)", file=sys.stderr)
        return 2
    corpus_words = {p: words(p) for p in corpus}
    corpus_grams = {p: ngrams(w, args.n) for p, w in corpus_words.items()}
    shared_total = 0
    for sample in samples:
        tokens = words(sample)
        hits = []
        for p, grams in corpus_grams.items():
            for gram, i in ngrams(tokens, args.n).items():
                if gram in grams:
                    hits.append((p, i, gram))
        margin = max(longest_shared(tokens, w) for w in corpus_words.values())
        status = "OK" if not hits else f"{len(hits)} shared {args.n}-word sequences"
        print(f"{sample.name}: {len(tokens)} words, longest shared run {margin} words: {status}")
        for p, i, gram in hits:
            print(f"    {p.parent.name}/{p.name}: word {i}: {' '.join(gram)}")
        shared_total += len(hits)
    print(f"{len(samples)} samples against {len(corpus)} corpus files: "
          + ("no shared sequence" if not shared_total
             else f"{shared_total} shared sequences") + f" of {args.n} words")
    return 1 if shared_total else 0


if __name__ == "__main__":
    sys.exit(main())
