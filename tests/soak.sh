#!/usr/bin/env bash
# Soak the property suites: run every property (the trait Kind=Property: [Property] and [PostgresProperty]) with N fresh
# seeds, and list every property that failed with the replay string to paste into a regression test
# ([Property(Replay = "(seed,gamma)")]).
#
#   tests/soak.sh 200                          # 200 seeds of every property of every test project that has properties
#   tests/soak.sh 50 Affido.Rules.Tests        # 50 seeds of the Rules properties
#
# A plain `dotnet test` always uses the fixed seed (Affido.TestSupport.PropertySeeds.Fixed); this script sets
# AFFIDO_PROPERTIES=explore, and AFFIDO_PROPERTIES_SEEDS so that one test process runs each property with up to
# AFFIDO_SOAK_SEEDS_PER_PROCESS seeds (default 25), each run drawing its own seed: the seeds are explored hot, without a
# process start each. Exit code 0 when every property ran N times and none failed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
seeds="${1:-200}"; shift || true
per_process="${AFFIDO_SOAK_SEEDS_PER_PROCESS:-25}"
[[ "$seeds" =~ ^[1-9][0-9]*$ && "$per_process" =~ ^[1-9][0-9]*$ && "$per_process" -le 1000 ]] \
  || { echo "soak: usage: tests/soak.sh SEEDS [projects...]; AFFIDO_SOAK_SEEDS_PER_PROCESS from 1 to 1000" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset AFFIDO_PROPERTIES_REPLAY

if [ "$#" -gt 0 ]; then projects=("$@"); else
  mapfile -t projects < <(grep -rl --include=*.cs -E '^\s*\[(Postgres)?Property(\(|\])' tests | cut -d/ -f2 | sort -u)
fi
[ "${#projects[@]}" -gt 0 ] || { echo "soak: no property tests found" >&2; exit 1; }

dotnet build Affido.sln -c Release -v q -nologo >/dev/null || { echo "soak: build failed" >&2; exit 1; }

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
started=$SECONDS
done_seeds=0 chunk=0
while [ "$done_seeds" -lt "$seeds" ]; do
  chunk=$((chunk + 1))
  k=$(( seeds - done_seeds < per_process ? seeds - done_seeds : per_process ))
  for project in "${projects[@]}"; do
    # A non-zero exit with no failed test in the trx (a crashed test host) is reported below, not lost.
    AFFIDO_PROPERTIES=explore AFFIDO_PROPERTIES_SEEDS="$k" dotnet test "tests/$project" -c Release --no-build \
      --filter "Kind=Property" --logger "trx;LogFileName=$project-$chunk.trx" --results-directory "$out" \
      >"$out/$project-$chunk.log" 2>&1 || echo "$project-$chunk" >>"$out/nonzero"
  done
  done_seeds=$((done_seeds + k))
  printf '\rsoak: %d/%d seeds, %d s' "$done_seeds" "$seeds" "$((SECONDS - started))" >&2
done
echo >&2

# Every property's runs, and every failed one with its replay string (FsCheck prints "(seed,gamma[,size])").
python3 - "$out" "$seeds" <<'PY'
import glob, os, re, sys, collections, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
out, seeds = sys.argv[1], int(sys.argv[2])
runs, failures = collections.Counter(), collections.defaultdict(list)
failed_trx = set()
for trx in glob.glob(out + "/*.trx"):
    root = ET.parse(trx).getroot()
    for result in root.iterfind(".//t:UnitTestResult", ns):
        name = re.sub(r" \[seed \d+/\d+\]$", "", result.get("testName"))
        runs[name] += 1
        if result.get("outcome") == "Failed":
            failed_trx.add(os.path.basename(trx)[:-4])
            message = "".join(result.itertext())
            replay = re.search(r"\((\d+),\s*(\d+)(?:,\s*(\d+))?\)", message)
            failures[name].append(replay.group(0) if replay else "(no replay string found)")
        elif result.get("outcome") != "Passed":
            failures[name].append(f"(outcome {result.get('outcome')})")
print(f"soak: {sum(runs.values())} property runs of {len(runs)} properties, "
      f"{min(runs.values(), default=0)} to {max(runs.values(), default=0)} seeds each")
ok = True
short = sorted(n for n, c in runs.items() if c < seeds)
if short:
    ok = False
    print(f"soak: {len(short)} properties ran fewer than {seeds} times (skipped, or a process stopped), e.g. {short[0]}")
nonzero = open(out + "/nonzero").read().split() if os.path.exists(out + "/nonzero") else []
for run in sorted(set(nonzero) - failed_trx):
    ok = False
    print(f"soak: test process {run} exited non-zero without a failed test; its output:")
    print(open(f"{out}/{run}.log").read()[-2000:])
if not failures:
    print("soak: no property failed")
for name, replays in sorted(failures.items()):
    ok = False
    print(f"FAILED {len(replays)}x {name}")
    for replay in sorted(set(replays)):
        print(f"    replay {replay}")
sys.exit(0 if ok else 1)
PY
