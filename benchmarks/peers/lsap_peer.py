#!/usr/bin/python3
"""Affido's linear-assignment solver against scipy on the identical seeded instances.

Writes a dense instance (rows x cols random scores in [0, 1)) and a sparse one (about `density` of the pairs
feasible, plus one pair per row on a random permutation so that every row can be assigned), runs scipy's
`linear_sum_assignment` (dense) and `scipy.sparse.csgraph.min_weight_full_bipartite_matching` (sparse, LAPJVsp),
both maximising, and Affido's `LinearAssignment.SolveDense` / `SolveSparse` through benchmarks/peers/Affido.Peers,
checks that the totals agree to 1e-9 relative, and prints both times (best of --repeat) and their ratio.

Installs nothing. Needs scipy for Debian's /usr/bin/python3:
    apt-get update && apt-get install -y python3-scipy
    /usr/bin/python3 benchmarks/peers/lsap_peer.py            (from the repository root)
Exit status: 0 when the totals agree (the ratios are printed, not enforced), 1 when they do not or scipy is missing.
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.join(HERE, "Affido.Peers")


def require_scipy():
    try:
        import numpy  # noqa: F401
        import scipy  # noqa: F401
    except ImportError:
        sys.stderr.write(
            "scipy is not available for %s.\n"
            "Install it (Debian/Ubuntu; this installs for /usr/bin/python3, not for a pyenv/venv python3 on PATH):\n"
            "    apt-get update && apt-get install -y python3-scipy\n"
            "then run:\n"
            "    /usr/bin/python3 %s\n" % (sys.executable, os.path.relpath(__file__)))
        sys.exit(1)


def write_dense(path, scores):
    rows, cols = scores.shape
    with open(path, "wb") as f:
        f.write(struct.pack("<qqqq", 1, rows, cols, rows * cols))
        f.write(scores.astype("<f8", copy=False).tobytes(order="C"))


def write_sparse(path, csr):
    rows, cols = csr.shape
    with open(path, "wb") as f:
        f.write(struct.pack("<qqqq", 2, rows, cols, csr.nnz))
        f.write(csr.indptr.astype("<i4").tobytes())
        f.write(csr.indices.astype("<i4").tobytes())
        f.write(csr.data.astype("<f8").tobytes())


def best_of(repeat, fn):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def run_ours(path, repeat):
    cmd = ["dotnet", "run", "--no-build", "-c", "Release", "--project", PROJECT, "--", path, str(repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(name, scipy_seconds, scipy_total, ours):
    relative = abs(ours["total"] - scipy_total) / max(1.0, abs(scipy_total))
    ratio = ours["best_seconds"] / scipy_seconds
    agree = relative <= 1e-9
    print("%-7s scipy %.4f s  ours %.4f s (first call %.4f s)  ratio ours/scipy %.2fx  totals %.12f / %.12f  %s"
          % (name, scipy_seconds, ours["best_seconds"], ours["first_seconds"], ratio, scipy_total, ours["total"],
             "agree" if agree else "DISAGREE (relative %.3g)" % relative))
    return agree


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--cols", type=int, default=10000)
    parser.add_argument("--density", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=["dense", "sparse"])
    parser.add_argument("--workdir", help="where to write the instance files (default: a temporary folder)")
    args = parser.parse_args()
    require_scipy()
    import numpy as np
    import scipy
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo", PROJECT], check=True,
                   stdout=subprocess.DEVNULL)
    workdir = args.workdir or tempfile.mkdtemp(prefix="affido-peers-")
    os.makedirs(workdir, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    print("scipy %s, numpy %s, %d x %d, seed %d, best of %d" % (scipy.__version__, np.__version__, args.rows,
                                                                args.cols, args.seed, args.repeat))
    ok = True

    if args.only in (None, "dense"):
        scores = rng.random((args.rows, args.cols))
        path = os.path.join(workdir, "dense.bin")
        write_dense(path, scores)
        seconds, (r, c) = best_of(args.repeat, lambda: linear_sum_assignment(scores, maximize=True))
        ok &= report("dense", seconds, float(scores[r, c].sum()), run_ours(path, args.repeat))

    if args.only in (None, "sparse"):
        mask = rng.random((args.rows, args.cols)) < args.density
        mask[np.arange(args.rows), rng.permutation(args.cols)[: args.rows]] = True  # a full matching of the rows exists
        values = 1.0 - rng.random((args.rows, args.cols))  # (0, 1]: no stored zero for scipy to drop
        csr = csr_matrix(np.where(mask, values, 0.0))
        csr.sort_indices()
        path = os.path.join(workdir, "sparse.bin")
        write_sparse(path, csr)
        seconds, (r, c) = best_of(args.repeat, lambda: min_weight_full_bipartite_matching(csr, maximize=True))
        total = float(np.asarray(csr[r, c]).sum())
        print("sparse: %d feasible pairs (%.2f%%)" % (csr.nnz, 100.0 * csr.nnz / (args.rows * args.cols)))
        ok &= report("sparse", seconds, total, run_ours(path, args.repeat))

    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
