#!/usr/bin/env bash
# The other JDK (after `mvn verify` ran the suite on the default one): the newest installed JDK
# whose release differs from the default java's (Java 25 beside 17 here; OTHER_JDK=DIR chooses)
# makes the children's and the app's class caches for the jars the build made, runs every lesson
# with them (exit 0, nothing on stderr), and runs the bench, which must say both caches are used.
# So the class files for 17 keep running on 25 with its AOT caches, and the other way round.
# A few minutes on 2 cores. Skipped when there is no other JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1; }
default_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
default_feature="$(feature "$default_home")"
other="${OTHER_JDK:-}"
if [[ -z "$other" ]]; then
    best_f=0
    for d in /usr/lib/jvm/* /usr/java/* /opt/java/*; do
        [[ -x "$d/bin/java" ]] || continue
        f="$(feature "$d")"
        [[ -n "$f" && "$f" != "$default_feature" && $f -gt $best_f ]] && { other="$(readlink -f "$d")"; best_f=$f; }
    done
fi
if [[ -z "$other" ]]; then
    echo "other JDK: none beside Java $default_feature; skipped"
    exit 0
fi
java="$other/bin/java"
echo "other JDK: $other (Java $(feature "$other")); the suite ran on Java $default_feature"
[[ -f target/processlab.jar ]] || { echo "other-jdk: no target/processlab.jar (run mvn package)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The children's cache (made first by AppCache if missing) and the app's two (the window's, the
# command line's), for this runtime; the lessons and the bench below run with the command line's.
# the app's training run opens the real window: on a machine without a display, under xvfb-run
wrap=()
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
    wrap=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
"${wrap[@]}" "$java" -cp target/processlab.jar io.processlab.app.bench.AppCache >"$tmp/cache.out"
cat "$tmp/cache.out"
flag="$(sed -n 's/.*start the command line with //p' "$tmp/cache.out")"
[[ -n "$flag" ]] || { echo "other-jdk: AppCache named no flag for the command line" >&2; exit 1; }
grep -q 'start the app with ' "$tmp/cache.out" || { echo "other-jdk: AppCache made no cache for the window" >&2; exit 1; }

failures=0
lessons="$("$java" -jar target/processlab.jar help --lang en | sed -n 's/^lessons: //p' | tr -d ,)"
for lesson in $lessons; do
    rc=0
    "$java" "$flag" -jar target/processlab.jar run "$lesson" >"$tmp/$lesson.out" 2>"$tmp/$lesson.err" || rc=$?
    # the deadlock lesson tells of its deadlock on stderr (docs/reliability.md), then its timeout ends it
    if [[ $rc -ne 0 || ( -s "$tmp/$lesson.err" && "$lesson" != deadlock ) ]]; then
        echo "other-jdk FAIL: run $lesson: exit $rc" >&2; sed 's/^/    /' "$tmp/$lesson.err" >&2
        failures=$((failures + 1))
    else
        echo "other-jdk ok:   run $lesson ($(wc -l <"$tmp/$lesson.out") lines)"
    fi
done
"$java" "$flag" -jar target/processlab.jar bench >"$tmp/bench.out"
tail -1 "$tmp/bench.out"
if ! grep -qE '"child_cache":"(aot|cds)","parent_cache":"(aot|cds)"' "$tmp/bench.out"; then
    echo "other-jdk FAIL: the bench's children or parent ran without their class cache" >&2
    failures=$((failures + 1))
fi
((failures == 0)) || { echo "other-jdk: $failures check(s) failed" >&2; exit 1; }
echo "other-jdk: all checks passed"
