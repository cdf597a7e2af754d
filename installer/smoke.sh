#!/usr/bin/env bash
# Smoke test of the packaged app. Builds the app image (installer/build.sh --image), then runs its
# launcher as on a machine with no Java: an empty environment (env -i: no PATH, no JAVA_HOME)
# and, when this shell may make a mount namespace (root), the system's JDKs hidden under empty
# tmpfs mounts, so that the app and its children can only use the bundled runtime. Checks:
#   - `run queue` exits 0 and prints its five "Resultado" lines, `run pool` its "Pool:" line,
#     and nothing on stderr (a child that cannot use its class cache would say so there);
#   - `bench --only process` says the children and the app get their class caches;
#   - a bad setting exits 2 with a one-line reason;
#   - no child process is left over;
#   - with Xvfb and xdotool: the window named ProcessLab opens (screenshot in installer/out/), and
#     its JVM maps the app's class cache.
# Prints the launcher's start time and the image's size.
#
#   installer/smoke.sh [--no-maven]     (--no-maven: use target/ from an earlier mvn package/verify)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/installer/out"
IMAGE="$OUT/image/ProcessLab"
APP="$IMAGE/bin/ProcessLab"
WINDOW_WAIT_S=60
failures=0

fail() { echo "SMOKE FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "smoke ok:   $*"; }

t0=$SECONDS
"$ROOT/installer/build.sh" --image "$@"
build_s=$((SECONDS - t0))

# Directories that hold a JDK on this machine: hidden from the app when we can.
hide=()
for d in /usr/lib/jvm /usr/java /opt/java "${JAVA_HOME:-}"; do
    [[ -n "$d" && -d "$d" ]] && hide+=("$(readlink -f "$d")")
done
can_hide=false
if [[ $EUID -eq 0 ]] && unshare -m true 2>/dev/null; then can_hide=true; fi

# bare [VAR=VALUE]... COMMAND...: runs COMMAND with only the given variables and, when possible,
# no system JDK in sight.
bare() {
    if $can_hide && ((${#hide[@]})); then
        unshare -m -- sh -c '
            while [ "$1" != -- ]; do
                [ -d "$1" ] && mount -t tmpfs -o size=1m,mode=755 none "$1"; shift
            done
            shift; exec env -i "$@"' sh "${hide[@]}" -- "$@"
    else
        env -i "$@"
    fi
}

if $can_hide; then
    echo "smoke: env -i, with ${hide[*]:-no JDK directory} hidden"
    if bare sh -c 'for j in /usr/bin/java /usr/local/bin/java; do [ -x "$j" ] && "$j" -version; done; exit 0' 2>&1 \
            | grep -q version; then
        fail "a system java is still reachable with the JDKs hidden"
    fi
else
    echo "smoke: env -i (cannot hide the system JDKs here; the launcher still finds no java on PATH)"
fi

tmp="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

leftovers() {   # children of this image still running
    ps -eo pid=,args= | grep -F "$IMAGE/lib/runtime/bin/java" | grep -F ChildMain | grep -v grep || true
}

# run_check NAME EXPECTED_RC COMMAND...: runs the launcher bare; output in $tmp/NAME.{out,err}
run_check() {
    local name="$1" want="$2"; shift 2
    local rc=0
    bare "$APP" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
    if [[ $rc -ne $want ]]; then
        fail "$name: exit $rc, expected $want"; sed 's/^/    /' "$tmp/$name.out" "$tmp/$name.err" >&2
        return 1
    fi
}

start=$(date +%s%N)
if run_check queue 0 run queue; then
    queue_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    n=$(grep -c '^Resultado: ' "$tmp/queue.out" || true)
    [[ $n -eq 5 ]] && ok "run queue: exit 0, 5 results (${queue_ms} ms)" || fail "run queue printed $n Resultado lines, not 5"
    [[ -s "$tmp/queue.err" ]] && { fail "run queue wrote on stderr:"; sed 's/^/    /' "$tmp/queue.err" >&2; }
fi
if run_check pool 0 run pool; then
    if grep -qx 'Pool: \[0, 2, 4, 6, 8, 10, 12, 14, 16, 18\]' "$tmp/pool.out"; then
        ok "run pool: exit 0, $(grep '^Pool:' "$tmp/pool.out")"
    else
        fail "run pool: no 'Pool: [0, 2, ..., 18]' line"; sed 's/^/    /' "$tmp/pool.out" >&2
    fi
    [[ -s "$tmp/pool.err" ]] && { fail "run pool wrote on stderr:"; sed 's/^/    /' "$tmp/pool.err" >&2; }
fi
if run_check bad 2 run queue --set consumers=0; then
    if [[ $(wc -l <"$tmp/bad.err") -eq 1 ]] && grep -q consumers "$tmp/bad.err"; then
        ok "bad setting: exit 2, $(cat "$tmp/bad.err")"
    else
        fail "bad setting: expected one line naming 'consumers' on stderr"; cat "$tmp/bad.err" >&2
    fi
fi
if run_check caches 0 bench --only process; then
    if grep -qE '"child_cache":"(aot|cds)".*"parent_cache":"(aot|cds)"' "$tmp/caches.out"; then
        ok "class caches passed: $(grep -oE '"child_cache":"[a-z]+","parent_cache":"[a-z]+"' "$tmp/caches.out")"
    else
        fail "bench: the launcher or the children pass no class cache"; sed 's/^/    /' "$tmp/caches.out" >&2
    fi
fi
sleep 0.5
if [[ -n "$(leftovers)" ]]; then
    fail "child processes left running:"; leftovers >&2
fi

# The launcher's start time: `help` starts the JVM, prints and exits (best of three).
best=""
for _ in 1 2 3; do
    s=$(date +%s%N); bare "$APP" help >/dev/null || true; ms=$(( ($(date +%s%N) - s) / 1000000 ))
    [[ -z "$best" || $ms -lt $best ]] && best=$ms
done
echo "smoke: launcher start (help) ${best} ms; image $(du -sh "$IMAGE" | cut -f1); image build ${build_s} s"

# The window, under a virtual display.
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    n=91; while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
    bare DISPLAY=":$n" "$APP" >"$tmp/window.out" 2>"$tmp/window.err" &
    app_pid=$!
    found=""
    for _ in $(seq $((WINDOW_WAIT_S * 2))); do
        found="$(DISPLAY=":$n" xdotool search --onlyvisible --name ProcessLab 2>/dev/null | head -1 || true)"
        [[ -n "$found" ]] && break
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.5
    done
    if [[ -n "$found" ]]; then
        sleep 2   # let it paint
        shot=""
        if command -v import >/dev/null && DISPLAY=":$n" import -window root "$OUT/window.png" 2>/dev/null; then
            shot=" (screenshot: installer/out/window.png)"
        fi
        ok "window '$(DISPLAY=":$n" xdotool getwindowname "$found")' opened$shot"
        jvm_pid="$(pgrep -f -x "$APP" | head -1 || true)"   # the launcher is the window's JVM ($app_pid: the shell around it)
        if [[ -n "$jvm_pid" ]] && grep -qE 'processlab-app\.(aot|jsa)' "/proc/$jvm_pid/maps" 2>/dev/null; then
            ok "the window's JVM maps the app's class cache"
        else
            fail "the window's JVM does not map lib/app/processlab-app.aot (or .jsa)"
        fi
    elif ! kill -0 "$app_pid" 2>/dev/null && grep -q 'The window comes with' "$tmp/window.err"; then
        echo "smoke: window check skipped: this build has no window yet"
    else
        fail "no window named ProcessLab within ${WINDOW_WAIT_S} s"; sed 's/^/    /' "$tmp/window.err" >&2
    fi
    if kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"
        for _ in $(seq 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
    sleep 0.5
    if [[ -n "$(leftovers)" ]]; then fail "child processes left running after the window closed:"; leftovers >&2; fi
else
    echo "smoke: window check skipped: no Xvfb or xdotool"
fi

if ((failures)); then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: all checks passed"
