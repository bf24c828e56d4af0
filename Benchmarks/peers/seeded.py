"""AlgoKit peer programs: the shared seeded inputs, as Benchmarks/BenchmarkHarness/SeededInputs.swift builds them.

xorshift64 (shifts 13, 7, 17) restarted from SEED for every input; a uniform double is the top 53 bits.
"""
import json
import math
import statistics
import time

SEED = 0x9E3779B97F4A7C15
_MASK = (1 << 64) - 1


class XorShift64:
    def __init__(self):
        self.state = SEED

    def next(self):
        s = self.state
        s ^= (s << 13) & _MASK
        s ^= s >> 7
        s ^= (s << 17) & _MASK
        self.state = s
        return s

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53


def ints(n):
    rng = XorShift64()
    return [rng.next() % 1_000_000_007 for _ in range(n)]


def knapsack_class(kind, n, r=10_000):
    """Pisinger's classes: weight 1 + next() % R, then the class's profit; capacity half the total weight."""
    rng = XorShift64()
    weights, profits = [], []
    for _ in range(n):
        w = 1 + rng.next() % r
        if kind == "uncorrelated":
            p = 1 + rng.next() % r
        elif kind == "weak":
            p = max(1, w - r // 10 + rng.next() % (r // 5 + 1))
        elif kind == "strong":
            p = w + r // 10
        elif kind == "subsetsum":
            p = w
        else:
            raise ValueError(f"unknown knapsack class {kind!r}")
        weights.append(w)
        profits.append(p)
    return weights, profits, sum(weights) // 2


def boxes(n):
    """NMS boxes (x1, y1, x2, y2) and scores: x, y in [0, 1000), w, h in [10, 100), then the score."""
    rng = XorShift64()
    out, scores = [], []
    for _ in range(n):
        x, y = 1000 * rng.uniform(), 1000 * rng.uniform()
        w, h = 10 + 90 * rng.uniform(), 10 + 90 * rng.uniform()
        out.append((x, y, x + w, y + h))
        scores.append(rng.uniform())
    return out, scores


def mixed_boxes(n):
    """boxes(n), then box i made 10x larger when i % 10 == 0 (same top-left corner) and moved far
    away by (+-1e6 (1 + k % 7), +-1e6 (1 + k % 5)), k = i // 100, when i % 100 == 1 (x negative for
    odd k, y negative when k % 3 == 0): mixed sizes and outliers for low-threshold NMS."""
    out, scores = boxes(n)
    for i, (x1, y1, x2, y2) in enumerate(out):
        if i % 10 == 0:
            x2 = x1 + (x2 - x1) * 10
            y2 = y1 + (y2 - y1) * 10
        if i % 100 == 1:
            k = i // 100
            dx = (1.0 if k % 2 == 0 else -1.0) * 1e6 * (1 + k % 7)
            dy = (-1.0 if k % 3 == 0 else 1.0) * 1e6 * (1 + k % 5)
            x1, y1, x2, y2 = x1 + dx, y1 + dy, x2 + dx, y2 + dy
        out[i] = (x1, y1, x2, y2)
    return out, scores


def gaussian_points(n):
    rng = XorShift64()
    pts = []
    for _ in range(n):
        r = math.sqrt(-2 * math.log(1 - rng.uniform()))
        t = 2 * math.pi * rng.uniform()
        pts.append((r * math.cos(t), r * math.sin(t)))
    return pts


def uniform_points(n):
    """Delaunay input: per point x = u, then y = u."""
    rng = XorShift64()
    pts = []
    for _ in range(n):
        x = rng.uniform()
        pts.append((x, rng.uniform()))
    return pts


def grid_points(n):
    """The k x k integer grid, k = isqrt(n), row by row (every unit square cocircular)."""
    k = math.isqrt(n)
    return [(float(i % k), float(i // k)) for i in range(k * k)]


def circle_points(n):
    rng = XorShift64()
    pts = []
    for _ in range(n):
        t = 2 * math.pi * rng.uniform()
        pts.append((math.cos(t), math.sin(t)))
    return pts


def rotated_rects(n):
    """(cx, cy, w, h, angle in radians); pairs are rectangles (2i, 2i + 1)."""
    rng = XorShift64()
    out = []
    for _ in range(n):
        cx, cy = 100 * rng.uniform(), 100 * rng.uniform()
        w, h = 5 + 35 * rng.uniform(), 5 + 35 * rng.uniform()
        out.append((cx, cy, w, h, math.pi * rng.uniform()))
    return out


def median_seconds(fn, repeats):
    """Median wall time of `repeats` calls of fn (perf_counter) and the last result."""
    times, result = [], None
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def timed(fn, repeats):
    """(median, minimum) wall time of `repeats` calls of fn (perf_counter) and the last result; the
    minimum is the call least disturbed by other processes on a loaded machine."""
    times, result = [], None
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times), result


def emit(**record):
    print(json.dumps(record), flush=True)


def skipped(peer, why):
    emit(peer=peer, skipped=why)
