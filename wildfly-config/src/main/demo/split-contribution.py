#!/usr/bin/env python3
"""Splits the UCI Breast Cancer Wisconsin (Diagnostic) data into the contribution demo's parties.

Seeded and reproducible; writes data/contribution/<party>/. See ../README.md (this directory's README, "contribution/").
Usage: split-contribution.py SOURCE.csv  (the 569-row CSV with the diagnosis as its last column)
"""
import csv
import os
import random
import sys

SEED = 2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "contribution")

# (party, training rows, share of training labels flipped): unequal amounts of clean data, most first.
# Label noise was tried (5-25 %): it makes round-level (in-training) values penalise the noisy party far more
# than retraining does, so the two methods could not be compared on it.
HONEST = [("h1", 200, 0.0), ("h2", 110, 0.0), ("h3", 45, 0.0), ("h4", 15, 0.0)]
EVALUATE_ROWS = 30  # per honest party
FLIP = {"benign": "malignant", "malignant": "benign"}


def write(party, name, header, rows):
    os.makedirs(os.path.join(OUT, party), exist_ok=True)
    with open(os.path.join(OUT, party, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(source):
    with open(source) as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    rng = random.Random(SEED)
    rng.shuffle(rows)
    at = 0
    for party, _, _ in HONEST:
        write(party, "contribution-evaluate", header, rows[at:at + EVALUATE_ROWS])
        at += EVALUATE_ROWS
    for party, count, flipped in HONEST:
        part = [list(r) for r in rows[at:at + count]]
        at += count
        for r in rng.sample(part, round(flipped * count)):
            r[-1] = FLIP[r[-1]]
        write(party, "contribution-train", header, part)
    # a free rider's two kinds of dummy data: real features with shuffled labels, and random rows
    rest = [list(r) for r in rows[at:]]
    labels = [r[-1] for r in rest]
    rng.shuffle(labels)
    write("fr", "contribution-shuffled-train", header, [r[:-1] + [l] for r, l in zip(rest, labels)])
    columns = list(zip(*[[float(v) for v in r[:-1]] for r in rows]))
    dummy = []
    for _ in range(100):
        dummy.append(["%.6g" % rng.uniform(min(c), max(c)) for c in columns] + [rng.choice(["benign", "malignant"])])
    write("fr", "contribution-dummy-train", header, dummy)


if __name__ == "__main__":
    main(sys.argv[1])
