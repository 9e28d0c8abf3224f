#!/usr/bin/env bash
# The hostile-input suite (issue 12): run only the hostile-input properties ([Property(Hostile = true)], trait
# Kind=Hostile) with N cases each (fixed seed), and print, per entry point (test), the number of cases it survived.
#
#   tests/hostile.sh            # 10,000 cases per entry point
#   tests/hostile.sh 300        # the number a plain `dotnet test` runs
#   tests/hostile.sh 10000 Affido.Rules.Tests
#
# AFFIDO_HOSTILE_NO_BUILD=1 skips the build (CI has just built the solution in Release).
# Sets AFFIDO_HOSTILE_CASES (Affido.TestSupport.HostileCases). The counts come from FsCheck's own "Ok, passed N tests."
# A failure prints FsCheck's replay string, "(seed,gamma)": paste it as [Property(Replay = "...")] into a regression
# test. Exit code 0 when every property passed with the requested number of cases, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
cases="${1:-10000}"; shift || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 AFFIDO_HOSTILE_CASES="$cases"
start=$(date +%s)

if [ "$#" -gt 0 ]; then projects=("$@"); else
  mapfile -t projects < <(grep -rl --include=*.cs -E '^\s*\[Property\(.*Hostile = true' tests | cut -d/ -f2 | sort -u)
fi
[ "${#projects[@]}" -gt 0 ] || { echo "hostile: no hostile-input properties found" >&2; exit 1; }

if [ "${AFFIDO_HOSTILE_NO_BUILD:-0}" != 1 ]; then
  for project in "${projects[@]}"; do
    dotnet build "tests/$project" -c Release -v q -nologo >/dev/null || { echo "hostile: build of $project failed" >&2; exit 1; }
  done
fi

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
for project in "${projects[@]}"; do
  dotnet test "tests/$project" -c Release --no-build --filter "Kind=Hostile" \
    --logger "trx;LogFileName=$project.trx" --results-directory "$out" >"$out/$project.log" 2>&1
done

python3 - "$out" "$cases" "$(( $(date +%s) - start ))" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
out, wanted, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows, failed = [], 0
for trx in sorted(glob.glob(out + "/*.trx")):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", ns):
        name = result.get("testName")
        text = "".join(result.itertext())
        passed = re.search(r"Ok, passed (\d+) tests?", text)
        cases = int(passed.group(1)) if passed else 0
        falsified = re.search(r"Falsifiable, after (\d+) tests?", text)
        ok = result.get("outcome") == "Passed" and cases >= wanted
        if falsified:
            cases = int(falsified.group(1)) - 1
        replay = re.search(r"\((\d+),\s*(\d+)(?:,\s*(\d+))?\)", text) if not ok else None
        duration = result.get("duration", "")[:11]
        rows.append((name, cases, "ok" if ok else "FAILED" + (f" replay {replay.group(0)}" if replay else ""), duration))
        failed += 0 if ok else 1
if not rows:
    print("hostile: no result (see the logs)"); sys.exit(1)
width = max(len(r[0]) for r in rows)
print(f"{'entry point (test)':<{width}}  {'cases survived':>14}  {'time':>11}  outcome")
for name, cases, outcome, duration in rows:
    print(f"{name:<{width}}  {cases:>14,}  {duration:>11}  {outcome}")
print(f"hostile: {len(rows)} entry points, {sum(r[1] for r in rows):,} cases, {failed} failed, {seconds} s (AFFIDO_HOSTILE_CASES={wanted})")
sys.exit(1 if failed else 0)
PY
