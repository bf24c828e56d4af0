"""AlgoKit peer: Google OR-tools KnapsackSolver (branch and bound) on a Pisinger-class instance, under a time limit.

Usage: knapsack_ortools_peer.py KIND N [LIMIT_SECONDS]   KIND: uncorrelated | weak | strong | subsetsum
"""
import sys
import time

from seeded import emit, knapsack_class, skipped

kind, n = sys.argv[1], int(sys.argv[2])
limit = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
try:
    from ortools.algorithms.python import knapsack_solver
except ImportError:
    skipped("OR-tools", "python module ortools not installed")
    sys.exit(0)

weights, profits, capacity = knapsack_class(kind, n)
solver = knapsack_solver.KnapsackSolver(
    knapsack_solver.SolverType.KNAPSACK_MULTIDIMENSION_BRANCH_AND_BOUND_SOLVER, "algokit-peer")
solver.init(profits, [weights], [capacity])
solver.set_time_limit(limit)
t0 = time.perf_counter()
best = solver.solve()
elapsed = time.perf_counter() - t0
emit(peer="OR-tools B&B", figure=kind, n=n, ms=elapsed * 1e3, best=best,
     optimal=bool(solver.is_solution_optimal()), limit_seconds=limit)
