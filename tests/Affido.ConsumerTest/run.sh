#!/usr/bin/env bash
# Packs the five Affido packages into a temporary folder, restores this consumer project
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

version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props" | head -n 1)"
[ -n "$version" ] || { echo "consumer: no VersionPrefix in Directory.Build.props" >&2; exit 1; }

echo "consumer: packing Affido $version into $feed"
packages="Affido.Domain Affido.Rules Affido.Matching Affido.Serialization.SystemTextJson Affido.EntityFrameworkCore"
for id in $packages; do
  dotnet pack "$root/src/$id/$id.csproj" -c Release -o "$feed" -warnaserror -nologo -v quiet
done

# What a NuGet page and an IDE need: both target frameworks with XML docs, the README, symbols, license and metadata,
# and a dependency group per target framework (a net8.0 consumer restores the net8.0 dependencies).
for id in $packages; do
  nupkg="$feed/$id.$version.nupkg"
  [ -f "$nupkg" ] || { echo "consumer: $nupkg was not produced" >&2; exit 1; }
  [ -f "$feed/$id.$version.snupkg" ] || { echo "consumer: $id.$version.snupkg was not produced" >&2; exit 1; }
  listing="$(unzip -Z1 "$nupkg")"
  for entry in README.md "lib/net8.0/$id.dll" "lib/net8.0/$id.xml" "lib/net10.0/$id.dll" "lib/net10.0/$id.xml"; do
    grep -qx "$entry" <<<"$listing" || { echo "consumer: $id.$version.nupkg lacks $entry" >&2; exit 1; }
  done
  nuspec="$(unzip -p "$nupkg" "$id.nuspec")"
  for element in '<license type="expression">' '<description>' '<tags>' '<readme>README.md</readme>'; do
    grep -qF "$element" <<<"$nuspec" || { echo "consumer: $id.nuspec lacks $element" >&2; exit 1; }
  done
  for tfm in net8.0 net10.0; do
    grep -qF "<group targetFramework=\"$tfm\">" <<<"$nuspec" || { echo "consumer: $id.nuspec has no $tfm dependency group" >&2; exit 1; }
  done
done

# Never let a previously restored Affido.* of the same version stand in for the one just packed.
rm -rf "$here"/.packages/affido.* "$here"/obj "$here"/bin

echo "consumer: restoring from the local feed and testing"
dotnet restore "$here/Affido.ConsumerTest.csproj" --configfile "$here/nuget.config" -p:AffidoVersion="$version" -nologo
dotnet test "$here/Affido.ConsumerTest.csproj" --no-restore -c Release -nologo -p:AffidoVersion="$version" \
  --logger "trx;LogFileName=consumer.trx" --results-directory "$results"
