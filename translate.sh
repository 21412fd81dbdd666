#!/usr/bin/env bash
# translate.sh: install the RPython toolchain if it is missing, translate the
# restricted interpreter into build/pypy-sandbox-vm, and set up the Python 3
# side (.venv with the `trusted` package and the `pypy-sandbox` command).
#
#   ./translate.sh            JIT build (the product)
#   ./translate.sh --no-jit   quick build without the JIT (minutes, for checks)
#   ./translate.sh --deps     only install the toolchain and the venv
#   ./translate.sh --force    translate even if the sources did not change
#
# Environment:
#   RPYTHON_HOST=/path/to/python2   a Python 2.7 or PyPy 2.7 to translate with
#   PYPY_SANDBOX_DEPS=DIR           where the toolchain lives
#                                   (default ~/.cache/pypy-sandbox)
#   PYTHON3=python3                 the Python 3 the venv is made from
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
DEPS=${PYPY_SANDBOX_DEPS:-$HOME/.cache/pypy-sandbox}
PYTHON3=${PYTHON3:-python3}
RPYTHON_VERSION=0.2.1
JIT=1 FORCE=0 DEPS_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --no-jit) JIT=0 ;;
    --force) FORCE=1 ;;
    --deps) DEPS_ONLY=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "translate.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

T0=$(date +%s)
stage() {  # one line per stage, with the time since the start
  printf '[translate.sh %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"
}
die() { echo "translate.sh: $*" >&2; exit 1; }

# --- 1. a Python 2.7 host -------------------------------------------------
find_host() {
  if [ -n "${RPYTHON_HOST:-}" ]; then echo "$RPYTHON_HOST"; return; fi
  for c in pypy /usr/bin/pypy; do
    if command -v "$c" >/dev/null 2>&1 &&
       "$c" -c 'import sys; sys.exit(sys.version_info[0] != 2)' 2>/dev/null; then
      command -v "$c"; return
    fi
  done
}
HOST=$(find_host)
if [ -z "$HOST" ]; then
  stage "installing PyPy 2.7 from Debian bullseye (no Python 2 host found)"
  command -v apt-get >/dev/null || die "no Python 2.7 host; set RPYTHON_HOST=/path/to/python2"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  if [ ! -f /etc/apt/sources.list.d/bullseye.sources ]; then
    $SUDO tee /etc/apt/sources.list.d/bullseye.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bullseye
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    # bullseye is only for pypy: never let it win over bookworm otherwise
    $SUDO tee /etc/apt/preferences.d/bullseye-pypy-only >/dev/null <<'PIN'
Package: *
Pin: release n=bullseye
Pin-Priority: 100
PIN
  fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -t bullseye pypy >/dev/null
  HOST=$(command -v pypy) || die "installing pypy failed"
fi
stage "python 2 host: $HOST ($("$HOST" -c 'import sys; print(sys.version.split()[0])'))"

# --- 2. rpython and the py2 libraries it imports ----------------------------
RPY="$DEPS/rpython-$RPYTHON_VERSION"
PY2LIB="$DEPS/py2lib"
if [ ! -f "$RPY/rpython/__init__.py" ]; then
  stage "fetching rpython==$RPYTHON_VERSION"
  mkdir -p "$DEPS"
  "$PYTHON3" -m pip download -q --disable-pip-version-check --no-deps "rpython==$RPYTHON_VERSION" -d "$DEPS/dl"
  tar xzf "$DEPS/dl/rpython-$RPYTHON_VERSION.tar.gz" -C "$DEPS"
fi
if [ ! -f "$PY2LIB/.complete" ]; then
  stage "fetching py2 libraries (py, pytest 4.6)"
  rm -rf "$DEPS/w2" "$PY2LIB"; mkdir -p "$DEPS/w2" "$PY2LIB"
  pipdl() { "$PYTHON3" -m pip download -q --disable-pip-version-check --only-binary=:all: --python-version 2.7 \
              --platform any --implementation py -d "$DEPS/w2" "$@"; }
  pipdl pytest==4.6.11 py==1.11.0
  for p in importlib-metadata==2.1.3 zipp==1.2.0 funcsigs==1.0.2 pathlib2==2.3.7.post1 \
           contextlib2==0.6.0.post1 configparser==4.0.2 typing==3.10.0.0; do
    pipdl --no-deps "$p"
  done
  "$PYTHON3" -m pip download -q --disable-pip-version-check --no-deps --no-binary=:all: -d "$DEPS/src" scandir==1.10.0
  for w in "$DEPS"/w2/*.whl; do "$PYTHON3" -m zipfile -e "$w" "$PY2LIB"; done
  tar xzf "$DEPS"/src/scandir-1.10.0.tar.gz -C "$DEPS/src"
  cp "$DEPS"/src/scandir-1.10.0/scandir.py "$PY2LIB/"
  touch "$PY2LIB/.complete"
fi
RPYTHONPATH="$RPY:$PY2LIB"   # only for the Python 2 host, never for python3
PYTHONPATH="$RPYTHONPATH" "$HOST" -c 'import rpython, pytest' || die "the rpython toolchain does not import"
stage "rpython toolchain ready in $DEPS"

# --- 3. the Python 3 side: .venv with trusted + pypy-sandbox -----------------
VENV="$ROOT/.venv"
stamp_venv=$(cat "$ROOT/pyproject.toml" | sha1sum | cut -c1-16)
if [ ! -x "$VENV/bin/pypy-sandbox" ] || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp_venv" ]; then
  stage "creating .venv (trusted package, pytest, msgpack)"
  "$PYTHON3" -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip >/dev/null
  "$VENV/bin/pip" install -q -e "$ROOT[test]"
  echo "$stamp_venv" > "$VENV/.stamp"
fi
stage "python 3 side ready: $VENV/bin/pypy-sandbox"
# record where the toolchain is, for the tests that run untranslated code
mkdir -p "$ROOT/build"
printf 'RPYTHON_HOST=%s\nRPYTHONPATH=%s\n' "$HOST" "$RPYTHONPATH" > "$ROOT/build/toolchain.env"
[ "$DEPS_ONLY" = 1 ] && exit 0

# --- 4. translate ------------------------------------------------------------
OUT="$ROOT/build/pypy-sandbox-vm"
LOG="$ROOT/build/translate.log"
if [ "$JIT" = 1 ]; then OPT=--opt=jit; KIND=jit; else OPT=--opt=2; KIND=nojit; fi
src_hash=$( (cd "$ROOT" && find rpython_sandbox -name '*.py' -not -path '*/test/*' | sort |
             xargs cat; echo "$KIND $RPYTHON_VERSION") | sha1sum | cut -c1-16)
if [ "$FORCE" = 0 ] && [ -x "$OUT" ] && [ "$(cat "$OUT.stamp" 2>/dev/null)" = "$src_hash" ]; then
  stage "build/pypy-sandbox-vm is up to date ($KIND)"; exit 0
fi
# a machine that already translated these exact sources keeps the binary
CACHED="$DEPS/builds/pypy-sandbox-vm-$src_hash"
if [ "$FORCE" = 0 ] && [ -x "$CACHED" ]; then
  cp "$CACHED" "$OUT"; echo "$src_hash" > "$OUT.stamp"
  stage "build/pypy-sandbox-vm taken from the cache ($KIND, sources unchanged)"; exit 0
fi
stage "translating rpython_sandbox ($KIND); full log in build/translate.log"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
set +e
(cd "$WORK" && PYTHONPATH="$RPYTHONPATH" PYPY_USESSION_DIR="$WORK" "$HOST" -m rpython --batch $OPT \
   --output="$OUT.new" "$ROOT/rpython_sandbox/targetsandbox.py") > "$LOG" 2>&1
rc=$?
set -e
if [ $rc != 0 ] || [ ! -x "$OUT.new" ]; then
  echo "translate.sh: translation failed (exit $rc); the RPython error:" >&2
  # the annotator/rtyper report sits between [translation:ERROR] lines and
  # the traceback's end; show those, not the whole log
  if grep -q '\[translation:ERROR\]' "$LOG"; then
    sed -n '/\[translation:ERROR\]/,$p' "$LOG" | grep -v -E 'NoTTY|pdb|^\s*$' | head -60 >&2
  else
    tail -30 "$LOG" >&2
  fi
  echo "translate.sh: full log: $LOG" >&2
  exit 1
fi
mv "$OUT.new" "$OUT"
echo "$src_hash" > "$OUT.stamp"
mkdir -p "$DEPS/builds" && cp "$OUT" "$CACHED"
stage "built build/pypy-sandbox-vm ($KIND, $(du -h "$OUT" | cut -f1))"
