#!/usr/bin/python3
"""Affido's linear-assignment solver against scipy on identical seeded instances, over a grid of shapes and densities.

For each (shape, density) of the grid it writes one seeded instance to a file, and times scipy and Affido on it in
the same run, alternating their calls so that both see the same load on a shared machine:
  - dense: every pair feasible, scores in [0, 1); scipy.optimize.linear_sum_assignment(maximize=True) against
    LinearAssignment.SolveDense;
  - sparse: about `density` of the pairs feasible, plus one pair per row on a random permutation (so that every row,
    or every column when columns are fewer, can be assigned), scores in (0, 1];
    scipy.sparse.csgraph.min_weight_full_bipartite_matching(maximize=True) (LAPJVsp) against
    LinearAssignment.SolveSparse.
It checks that the totals agree to 1e-9 relative and prints one table: shape, density, feasible pairs, the number of
calls per side, scipy's best time, Affido's best time (wall clock; at least --repeat calls each, more for fast cases
until scipy's calls add up to --min-seconds), their ratio, the same three for processor time (the
process's user + system time around each call: steadier than the wall clock when other work shares the cores),
whether the totals agree, and the load average when the row was measured.

The default grid is issue 16's: 1,000 x 1,000, 2,000 x 2,000 and 1,000 x 10,000 at 1 %, 5 % and dense, and
5,000 x 50,000 at 1 % and 5 % (sparse only: dense it would be 2 GB). --shape and --density pick a part of it.

Installs nothing. Needs scipy for Debian's /usr/bin/python3 (not a pyenv/venv python3 that may come first on PATH):
    apt-get update && apt-get install -y python3-scipy
    /usr/bin/python3 benchmarks/peers/lsap_peer.py                     (from the repository root)
    /usr/bin/python3 benchmarks/peers/lsap_peer.py --shape 2000x2000 --density 0.01 --repeat 10
Exit status: 0 when every total agrees (and, with --max-ratio, every ratio is at most that), 1 otherwise or when
scipy is missing, 2 on a usage error.
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

GRID = ([(r, c, d) for (r, c) in ((1000, 1000), (2000, 2000), (1000, 10000)) for d in (0.01, 0.05, None)]
        + [(5000, 50000, 0.01), (5000, 50000, 0.05)])


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


def parse_shape(text):
    try:
        rows, cols = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected ROWSxCOLUMNS, e.g. 2000x2000, not %r" % text)
    if rows <= 0 or cols <= 0:
        raise argparse.ArgumentTypeError("both sizes must be positive: %r" % text)
    return rows, cols


def parse_density(text):
    if text == "dense":
        return None
    value = float(text)
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError("a density is in (0, 1) or 'dense', not %r" % text)
    return value


def dense_instance(rng, rows, cols):
    return rng.random((rows, cols))


def sparse_instance(rng, rows, cols, density):
    """CSR arrays with about `density` of the pairs plus a full matching of the smaller side, built a block of rows
    at a time (no rows x cols array of values)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    forced = np.full(rows, -1, dtype=np.int64)  # the column forced into each row, or -1
    if rows <= cols:
        forced[:] = rng.permutation(cols)[:rows]
    else:
        forced[rng.permutation(rows)[:cols]] = np.arange(cols)
    indptr = [np.zeros(1, dtype=np.int64)]
    indices, data = [], []
    block = max(1, 5_000_000 // cols)
    count = 0
    for start in range(0, rows, block):
        stop = min(rows, start + block)
        mask = rng.random((stop - start, cols)) < density
        with_forced = forced[start:stop] >= 0
        mask[np.nonzero(with_forced)[0], forced[start:stop][with_forced]] = True
        r, c = np.nonzero(mask)  # row-major: sorted columns within each row
        indices.append(c.astype(np.int32))
        data.append(1.0 - rng.random(c.size))  # (0, 1]: no stored zero for scipy to drop
        indptr.append(count + np.cumsum(np.bincount(r, minlength=stop - start)))
        count += c.size
    return csr_matrix((np.concatenate(data), np.concatenate(indices), np.concatenate(indptr)), shape=(rows, cols))


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


class Affido:
    """Affido.Peers in --serve mode: one process for the whole grid."""

    def __init__(self):
        cmd = ["dotnet", "run", "--no-build", "-c", "Release", "--project", PROJECT, "--", "--serve"]
        self.process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, command):
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("Affido.Peers stopped answering (command %r)" % command)
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError("Affido.Peers: %s" % answer["error"])
        return answer

    def close(self):
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait()


def load_average():
    return os.getloadavg()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", type=parse_shape, action="append",
                        help="ROWSxCOLUMNS; repeat to pick several (default: the grid's)")
    parser.add_argument("--density", type=parse_density, action="append",
                        help="a fraction of feasible pairs, or 'dense'; repeat to pick several (default: the grid's)")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed calls per side and instance, at least; the best counts")
    parser.add_argument("--min-seconds", type=float, default=2.0,
                        help="keep alternating calls (up to 500 each) until scipy's calls add up to this many seconds: "
                             "fast cases get many samples, so one slow moment of a shared machine does not decide")
    parser.add_argument("--max-ratio", type=float, help="exit 1 when a ratio Affido/scipy is above this")
    parser.add_argument("--workdir", help="where to write the instance files (default: a temporary folder)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.min_seconds < 0:
        parser.error("--min-seconds must not be negative")
    require_scipy()
    import numpy as np
    import scipy
    from scipy.optimize import linear_sum_assignment
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    if args.shape or args.density:
        shapes = args.shape or sorted({(r, c) for (r, c, _) in GRID})
        densities = args.density or [0.01, 0.05, None]
        grid = [(r, c, d) for (r, c) in shapes for d in densities]
    else:
        grid = GRID

    subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo", PROJECT], check=True,
                   stdout=subprocess.DEVNULL)
    workdir = args.workdir or tempfile.mkdtemp(prefix="affido-peers-")
    os.makedirs(workdir, exist_ok=True)
    print("scipy %s, numpy %s, seed %d, best of at least %d calls per side (more until scipy's add up to %g s, "
          "at most 500), calls alternated; %s, %d cores; load average at start %.2f"
          % (scipy.__version__, np.__version__, args.seed, args.repeat, args.min_seconds, os.uname().machine,
             os.cpu_count(), load_average()))
    print()
    print("| shape | density | feasible pairs | calls | scipy s | Affido s | ratio | scipy CPU s | Affido CPU s "
          "| CPU ratio | totals equal | load |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    sys.stdout.flush()

    affido = Affido()
    ok, worst = True, 0.0
    try:
        for index, (rows, cols, density) in enumerate(grid):
            rng = np.random.default_rng([args.seed, index])
            path = os.path.join(workdir, "instance-%d.bin" % index)
            if density is None:
                scores = dense_instance(rng, rows, cols)
                write_dense(path, scores)
                pairs = rows * cols

                def solve_scipy():
                    return linear_sum_assignment(scores, maximize=True)

                def total_of(r, c):
                    return float(scores[r, c].sum())
            else:
                csr = sparse_instance(rng, rows, cols, density)
                write_sparse(path, csr)
                pairs = csr.nnz

                def solve_scipy():
                    return min_weight_full_bipartite_matching(csr, maximize=True)

                def total_of(r, c):
                    return float(np.asarray(csr[r, c]).sum())

            affido.ask("load " + path)
            r, c = solve_scipy()  # warm-up, as the load above is for Affido
            scipy_total = total_of(r, c)
            scipy_best, affido_best, affido_total = float("inf"), float("inf"), None
            scipy_cpu, affido_cpu = float("inf"), float("inf")
            calls, spent = 0, 0.0
            while calls < args.repeat or (spent < args.min_seconds and calls < 500):
                calls += 1
                start, start_cpu = time.perf_counter(), time.process_time()
                solve_scipy()
                spent += time.perf_counter() - start
                scipy_best = min(scipy_best, time.perf_counter() - start)
                scipy_cpu = min(scipy_cpu, time.process_time() - start_cpu)
                answer = affido.ask("solve")
                affido_best = min(affido_best, answer["seconds"])
                affido_cpu = min(affido_cpu, answer["cpu_seconds"])
                affido_total = answer["total"]
            relative = abs(affido_total - scipy_total) / max(1.0, abs(scipy_total))
            agree = relative <= 1e-9
            ratio = affido_best / scipy_best
            cpu_ratio = affido_cpu / scipy_cpu if scipy_cpu > 0 else float("nan")
            ok &= agree
            worst = max(worst, ratio)
            print("| %d x %d | %s | %d | %d | %.4f | %.4f | %.2fx | %.4f | %.4f | %.2fx | %s | %.2f |"
                  % (rows, cols, "dense" if density is None else "%g %%" % (100 * density), pairs, calls, scipy_best,
                     affido_best, ratio, scipy_cpu, affido_cpu, cpu_ratio,
                     "yes" if agree else "NO (%.3g relative: %.12f / %.12f)" % (relative, scipy_total, affido_total),
                     load_average()))
            sys.stdout.flush()
            os.remove(path)
    finally:
        affido.close()

    print()
    print("worst ratio (wall clock) %.2fx; totals %s; load average at end %.2f"
          % (worst, "all equal" if ok else "NOT all equal", load_average()))
    if args.max_ratio is not None and worst > args.max_ratio:
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
