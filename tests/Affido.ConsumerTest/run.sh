#!/usr/bin/env bash
# Packs Affido.Domain, Affido.Rules and Affido.Matching into a temporary folder, restores this consumer project
# from that folder (Affido.* only from there, see nuget.config) and runs its tests with a TRX logger.
# Usage: bash tests/Affido.ConsumerTest/run.sh <results-dir>. Exits non-zero if packing, restoring or a test fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
results="${1:-$here/TestResults}"
mkdir -p "$results"
results="$(cd "$results" && pwd)"

feed="$(mktemp -d)"
trap 'rm -rf "$feed"' EXIT
export AFFIDO_LOCAL_FEED="$feed"

echo "consumer: packing into $feed"
dotnet pack "$root/Affido.sln" -c Release -o "$feed" -warnaserror -nologo -v quiet
for id in Affido.Domain Affido.Rules Affido.Matching; do
  ls "$feed/$id".*.nupkg >/dev/null 2>&1 || { echo "consumer: $id.nupkg was not produced" >&2; exit 1; }
  ls "$feed/$id".*.snupkg >/dev/null 2>&1 || { echo "consumer: $id.snupkg was not produced" >&2; exit 1; }
done

# Never let a previously restored Affido.* of the same version stand in for the one just packed.
rm -rf "$here"/.packages/affido.* "$here"/obj "$here"/bin

echo "consumer: restoring from the local feed and testing"
dotnet restore "$here/Affido.ConsumerTest.csproj" --configfile "$here/nuget.config" -nologo
dotnet test "$here/Affido.ConsumerTest.csproj" --no-restore -c Release -nologo \
  --logger "trx;LogFileName=consumer.trx" --results-directory "$results"
