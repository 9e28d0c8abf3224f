#!/usr/bin/env bash
# Soak the property suites: run every [Property] test N times, each time with fresh seeds, and list every property
# that failed with the replay string to paste into a regression test ([Property(Replay = "(seed,gamma)")]).
#
#   tests/soak.sh 200              # 200 rounds of every test project that has properties
#   tests/soak.sh 50 Affido.Rules.Tests
#
# A plain `dotnet test` always uses the fixed seed (Affido.TestSupport.PropertySeeds.Fixed); this script sets
# AFFIDO_PROPERTIES=explore. Exit code 0 when no round failed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-200}"; shift || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$#" -gt 0 ]; then projects=("$@"); else
  mapfile -t projects < <(grep -rl --include=*.cs -E '^\s*\[Property(\(|\])' tests | cut -d/ -f2 | sort -u)
fi
[ "${#projects[@]}" -gt 0 ] || { echo "soak: no property tests found" >&2; exit 1; }

dotnet build Affido.sln -c Release -v q -nologo >/dev/null || { echo "soak: build failed" >&2; exit 1; }

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
failed_rounds=0
for round in $(seq 1 "$rounds"); do
  round_failed=0
  for project in "${projects[@]}"; do
    AFFIDO_PROPERTIES=explore dotnet test "tests/$project" -c Release --no-build --filter "Kind=Property" \
      --logger "trx;LogFileName=$project-$round.trx" --results-directory "$out" >/dev/null 2>&1 || round_failed=1
  done
  [ "$round_failed" -eq 1 ] && failed_rounds=$((failed_rounds + 1))
  printf '\rsoak: round %d/%d, %d failed' "$round" "$rounds" "$failed_rounds" >&2
done
echo >&2

# Every failed property with its replay string (FsCheck prints "(seed,gamma[,size])" in the failure message).
python3 - "$out" <<'PY'
import glob, re, sys, collections, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
failures = collections.defaultdict(list)
tests = 0
for trx in glob.glob(sys.argv[1] + "/*.trx"):
    root = ET.parse(trx).getroot()
    for result in root.iterfind(".//t:UnitTestResult", ns):
        tests += 1
        if result.get("outcome") == "Failed":
            message = "".join(result.itertext())
            replay = re.search(r"\((\d+),\s*(\d+)(?:,\s*(\d+))?\)", message)
            failures[result.get("testName")].append(replay.group(0) if replay else "(no replay string found)")
print(f"soak: {tests} property runs")
if not failures:
    print("soak: no property failed")
for name, replays in sorted(failures.items()):
    print(f"FAILED {len(replays)}x {name}")
    for replay in sorted(set(replays)):
        print(f"    replay {replay}")
sys.exit(1 if failures else 0)
PY
