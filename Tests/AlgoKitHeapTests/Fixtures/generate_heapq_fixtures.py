#!/usr/bin/env python3
"""Records CPython heapq runs as a Swift fixture for AlgoKitHeap's parity tests.

Usage (from this folder):  python3 generate_heapq_fixtures.py > HeapqFixtures.swift

Every run starts with heapify (or an empty heap) and applies random heappush / heappop /
heapreplace / heappushpop calls, recording the array after EVERY call. Elements are
 - "rec": records (key, id) that compare by key only, so equal keys are distinguishable and the
   exact tie layout is checked;
 - "dbl": floats drawn from a pool with NaN, -0.0 / 0.0 (equal but distinguishable), infinities.
Orders:
 - "min": heapq as is;
 - "max": Python 3.14's *_max functions. This interpreter may be older, so every value is wrapped
   in Rev, whose __lt__ is reversed; heapq's min algorithm on Rev makes exactly the comparisons
   of the *_max algorithm. Where this interpreter has the private max helpers (_heapify_max,
   _heappop_max, _heapreplace_max) the raw list is run through them in step and must agree.
Also recorded: nsmallest / nlargest with a key and merge (stable, also reverse=True).

Line format of a run (elements separated by spaces; a record is key:id; a float is its repr):
  kind order                 header
  H e... = a...              heapify(e...), then the array
  P x = a...                 heappush(x)
  O = r = a...               heappop() returned r
  R x = r = a...             heapreplace(x) returned r
  Q x = r = a...             heappushpop(x) returned r
"""
import heapq
import random
import sys

SEED = 20261123


class Rec:
    """Compares by key only; id tells equal records apart."""
    __slots__ = ("key", "id")

    def __init__(self, key, id):
        self.key, self.id = key, id

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"{self.key}:{self.id}"


class Rev:
    """Reversed order: Rev(a) < Rev(b) is b < a, the comparison of the *_max functions."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v


DOUBLE_POOL = [float("nan"), -0.0, 0.0, 1.5, -2.0, float("inf"), float("-inf"), 3.0, 2.5, -1.0, 7.0]


def fmt(x):
    return repr(x) if isinstance(x, float) else repr(x)


def fmt_list(xs):
    return " ".join(fmt(x) for x in xs)


class Maker:
    def __init__(self, kind, rng):
        self.kind, self.rng, self.next_id = kind, rng, 0

    def __call__(self):
        if self.kind == "rec":
            self.next_id += 1
            return Rec(self.rng.randrange(6), self.next_id)
        return self.rng.choice(DOUBLE_POOL)


def record_run(kind, order, rng, initial_size, ops, lines):
    make = Maker(kind, rng)
    wrap = (lambda x: x) if order == "min" else Rev
    unwrap = (lambda x: x) if order == "min" else (lambda w: w.v)
    check_max = order == "max" and hasattr(heapq, "_heapify_max")
    lines.append(f"{kind} {order}")
    initial = [make() for _ in range(initial_size)]
    heap = [wrap(x) for x in initial]
    heapq.heapify(heap)
    raw = list(initial)
    if check_max:
        heapq._heapify_max(raw)
    lines.append(f"H {fmt_list(initial)} = {fmt_list(map(unwrap, heap))}")
    for _ in range(ops):
        op = rng.choice("PPPOORQ" if len(heap) < 25 else "POORQ")
        if op in "ORQ" and not heap:
            op = "P"
        if op == "P":
            x = make()
            heapq.heappush(heap, wrap(x))
            check_max = False  # no heappush_max here: only the wrapper from now on
            lines.append(f"P {fmt(x)} = {fmt_list(map(unwrap, heap))}")
        elif op == "O":
            r = unwrap(heapq.heappop(heap))
            if check_max:
                assert heapq._heappop_max(raw) is r
            lines.append(f"O = {fmt(r)} = {fmt_list(map(unwrap, heap))}")
        elif op == "R":
            x = make()
            r = unwrap(heapq.heapreplace(heap, wrap(x)))
            if check_max:
                assert heapq._heapreplace_max(raw, x) is r
            lines.append(f"R {fmt(x)} = {fmt(r)} = {fmt_list(map(unwrap, heap))}")
        else:
            x = make()
            r = unwrap(heapq.heappushpop(heap, wrap(x)))
            check_max = False
            lines.append(f"Q {fmt(x)} = {fmt(r)} = {fmt_list(map(unwrap, heap))}")
        if check_max:
            assert all(a is unwrap(b) for a, b in zip(raw, heap)), "Rev disagrees with *_max"


def main():
    rng = random.Random(SEED)
    runs = []
    for kind in ("rec", "dbl"):
        for order in ("min", "max"):
            for r in range(10):
                lines = []
                record_run(kind, order, rng, rng.choice([0, 1, 2, 5, 9, 16, 23]), 40, lines)
                runs.append("\n".join(lines))
            if kind == "rec":
                # Above 2,500 elements CPython's C heapify takes its cache-friendly path.
                lines = []
                record_run(kind, order, rng, 2600, 1, lines)
                runs.append("\n".join(lines))

    # nsmallest / nlargest with a key, and merge: Python's results are stable.
    selections = []
    for case in range(12):
        make = Maker("rec", rng)
        items = [make() for _ in range(rng.randrange(0, 40))]
        n = rng.choice([0, 1, 2, 3, 7, 39, 45])
        key = lambda r: r.key
        selections.append(
            f"{n} | {fmt_list(items)} | {fmt_list(heapq.nsmallest(n, items, key=key))}"
            f" | {fmt_list(heapq.nlargest(n, items, key=key))}")
    merges = []
    for case in range(12):
        make = Maker("rec", rng)
        reverse = case % 2 == 1
        inputs = [sorted((make() for _ in range(rng.randrange(0, 8))), key=lambda r: r.key, reverse=reverse)
                  for _ in range(rng.randrange(1, 5))]
        merged = list(heapq.merge(*inputs, key=lambda r: r.key, reverse=reverse))
        merges.append(f"{'rev' if reverse else 'fwd'} | {' / '.join(fmt_list(i) for i in inputs)} | {fmt_list(merged)}")

    out = sys.stdout
    out.write("// GENERATED by Fixtures/generate_heapq_fixtures.py with CPython "
              f"{sys.version.split()[0]}, seed {SEED}. Do not edit; regenerate.\n")
    out.write("// Recorded heapq runs (format documented in the script).\n")
    out.write("// swift-format-ignore-file\n\n")  # recorded data, laid out by this script
    out.write("enum HeapqFixtures {\n")
    out.write("  static let runs: [String] = [\n")
    for run in runs:
        out.write('    """\n' + run + '\n""",\n')
    out.write("  ]\n\n")
    out.write("  /// `n | items | nsmallest(n, items, key) | nlargest(n, items, key)`\n")
    out.write("  static let selections: [String] = [\n")
    for s in selections:
        out.write(f'    "{s}",\n')
    out.write("  ]\n\n")
    out.write("  /// `fwd|rev | input / input ... | merge(*inputs, key, reverse)`\n")
    out.write("  static let merges: [String] = [\n")
    for s in merges:
        out.write(f'    "{s}",\n')
    out.write("  ]\n}\n")


if __name__ == "__main__":
    main()
