#!/usr/bin/env bash
# Times how long the window takes to be shown after launch: N launches (default 5), each from the
# command to the moment a visible X window named "ProcessLab" exists (xdotool), then the app is
# ended. Prints each time (with the CPU time the app had used by then, all its threads: less
# moved by the machine's load than the wall time) and the median. Needs an X display (Xvfb) in DISPLAY and xdotool.
#
#   .ci/window-shown.sh [-n 5] -- COMMAND...
#   DISPLAY=:118 .ci/window-shown.sh -- java -jar target/processlab.jar
#   DISPLAY=:118 .ci/window-shown.sh -- installer/out/image/ProcessLab/bin/ProcessLab
set -euo pipefail
n=5
while [[ $# -gt 0 && "$1" != -- ]]; do
    case "$1" in
        -n) n="$2"; shift 2 ;;
        *) echo "usage: $0 [-n 5] -- COMMAND..." >&2; exit 2 ;;
    esac
done
[[ "${1:-}" == -- ]] && shift
[[ $# -gt 0 && -n "${DISPLAY:-}" ]] || { echo "usage: DISPLAY=:N $0 [-n 5] -- COMMAND..." >&2; exit 2; }
command -v xdotool >/dev/null || { echo "$0: needs xdotool" >&2; exit 2; }

times=()
for ((i = 1; i <= n; i++)); do
    while xdotool search --onlyvisible --name '^ProcessLab$' >/dev/null 2>&1; do sleep 0.2; done
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    shown=""
    while kill -0 "$pid" 2>/dev/null; do
        if xdotool search --onlyvisible --name '^ProcessLab$' >/dev/null 2>&1; then
            shown=$(date +%s%N)
            cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$pid/stat" 2>/dev/null || echo '?'); break
        fi
        sleep 0.01
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -z "$shown" ]]; then echo "launch $i: the app ended before a window was shown" >&2; exit 1; fi
    ms=$(( (shown - t0) / 1000000 ))
    echo "launch $i: ${ms} ms  (CPU ${cpu} ms, load $(cut -d' ' -f1 /proc/loadavg))"
    times+=("$ms")
    sleep 1
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median ${median} ms over $n launches"
