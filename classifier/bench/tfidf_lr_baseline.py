#!/usr/bin/env python3
"""Reference speed for the classifier benchmark: scikit-learn TF-IDF + logistic regression on the same machine.

Trains TF-IDF (word unigrams, or up to --max-ngram) + logistic regression on emscad-train.csv, builds the same typical ads as
`./redflag bench classify` (description, requirements and benefits joined; ads under 1 KB joined with the next,
ads over 3 KB cut), and times predict_proba on one thread, both one ad per call (as the Redflag benchmark runs) and
the whole set in one batch (the baseline's best case). Prints figures; asserts nothing.

Needs Debian's python3-sklearn (apt-get install -y python3-sklearn); it is not part of the build or the tests.
Run: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 /usr/bin/python3 classifier/bench/tfidf_lr_baseline.py
"""
import argparse
import csv
import os
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def read_rows(path):
    csv.field_size_limit(10_000_000)
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def joined(row):
    return "\n".join(p for p in (row["description"], row["requirements"], row["benefits"]) if p.strip())


def typical_ads(rows):
    """Mirrors ClassifyBenchmark.typicalAds: 1 to 3 KB of text, with the first ad's title and company."""
    out, text, first = [], "", None
    for row in rows:
        if first is None:
            first = row
        text += joined(row) + "\n"
        if len(text) >= 1024:
            out.append(" ".join((first["title"], text[:3072], first["company_profile"])))
            text, first = "", None
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "..", "shared", "data", "emscad-train.csv")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default, help="EMSCAD CSV (default: ../shared/data/emscad-train.csv)")
    parser.add_argument("--ads", type=int, default=20000, help="ads to time one per call (default 20000)")
    parser.add_argument("--max-ngram", type=int, default=1, help="longest word n-gram of the TF-IDF features (default 1)")
    args = parser.parse_args()
    if not os.path.isfile(args.data):
        sys.exit(f"no data file at {args.data}: pass --data PATH to emscad-train.csv")
    rows = read_rows(args.data)
    texts = [" ".join((r["title"], joined(r), r["company_profile"])) for r in rows]
    labels = [int(r["fraudulent"]) for r in rows]
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, args.max_ngram), sublinear_tf=True, min_df=2),
                          LogisticRegression(max_iter=2000))
    model.fit(texts, labels)
    ads = typical_ads(rows)
    mean_chars = sum(len(a) for a in ads) / len(ads)
    print(f"{len(ads)} ads of 1-3 KB, mean {mean_chars:.0f} chars; python {sys.version.split()[0]}, "
          f"cpus allowed {len(os.sched_getaffinity(0))}")

    for i in range(2000):  # warm-up
        model.predict_proba([ads[i % len(ads)]])
    latencies = []
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for i in range(args.ads):
        s = time.perf_counter()
        model.predict_proba([ads[i % len(ads)]])
        latencies.append(time.perf_counter() - s)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    latencies.sort()
    print(f"one ad per call ({args.ads} ads): {args.ads / wall:.0f} ads/s wall, {args.ads / cpu:.0f} ads per "
          f"CPU-second, p50 {latencies[len(latencies) // 2] * 1e6:.1f} us, "
          f"p99 {latencies[int(len(latencies) * 0.99)] * 1e6:.1f} us")

    batches = max(1, args.ads // len(ads))
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(batches):
        model.predict_proba(ads)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    n = batches * len(ads)
    print(f"whole set per call ({batches} x {len(ads)} ads): {n / wall:.0f} ads/s wall, {n / cpu:.0f} ads per CPU-second")


if __name__ == "__main__":
    main()
