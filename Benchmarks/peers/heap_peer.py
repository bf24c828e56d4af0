"""AlgoKit peer: CPython heapq (C accelerated) push-all-then-pop-all and heapify. Usage: heap_peer.py N [REPEATS]"""
import heapq
import sys

from seeded import emit, ints, median_seconds, timed

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
data = ints(n)


def push_pop():
    heap = []
    push, pop = heapq.heappush, heapq.heappop
    for x in data:
        push(heap, x)
    total = 0
    while heap:
        total += pop(heap)
    return total


def heapify_times():
    times = []
    for _ in range(max(1, repeats)):
        copy = list(data)  # copied outside the timed call
        t, _ = median_seconds(lambda: heapq.heapify(copy), 1)
        times.append(t)
    times.sort()
    return times[len(times) // 2], times[0]


t, fastest, _ = timed(push_pop, repeats)
emit(peer="CPython heapq", figure="push-pop", n=n, ns_per_element=t * 1e9 / n, min_ns_per_element=fastest * 1e9 / n)
t, fastest = heapify_times()
emit(peer="CPython heapq", figure="heapify", n=n, ns_per_element=t * 1e9 / n, min_ns_per_element=fastest * 1e9 / n)
