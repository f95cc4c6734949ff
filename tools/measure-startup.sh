#!/usr/bin/env bash
# Times the window's start-up as a user sees it, RUNS times (default 5), and prints each run and the medians:
# wall time from starting the launcher to its window being mapped on the X server (as packaging/smoke-test.sh
# measures it), the CPU time the process had used by then (less swayed by other work on the machine), and the
# JVM's own figures from the frame log (uptime at the window, at a lesson's first latent map and probe decoding).
#   tools/measure-startup.sh [RUNS] [LESSON.vaelesson]
# JAVA_OPTS adds JVM options (e.g. -Xshare:off: without the class-data archive). LAUNCHER picks the program
# (default the app-image's, built by packaging/build-installers.sh app-image); a lesson given is opened as the
# launcher's argument, as a double-click does. Each run has a fresh user home (no saved window state, no JavaCPP
# cache). Other work on the machine shows in the wall times: compare A/B in the same minute.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
lesson=${2:+$(realpath "$2")}
launcher=${LAUNCHER:-"target/installer/VAE Explorer/bin/VAE Explorer"}
display=":$((300 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
walls=() cpus=() shown=() maps=() probes=()
quit=2000
[ -n "$lesson" ] && quit=6000
for run in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  start=$(date +%s%N)
  # The app quits by itself a while after its window is shown (-Dvaeexplorer.quitAfterMillis), writing the log.
  DISPLAY="$display" JAVA_TOOL_OPTIONS="${JAVA_OPTS:-} -Duser.home=$home -Dvaeexplorer.frameLog=$home/frames.log \
    -Dvaeexplorer.quitAfterMillis=$quit" \
    "$launcher" ${lesson:+"$lesson"} >"$home/out.log" 2>&1 &
  app=$!
  # Polled every 100 ms, finer than xdotool search --sync's own waits between looks.
  window=""
  for _ in $(seq 1 900); do
    window=$(DISPLAY="$display" xdotool search --onlyvisible --name "^VAE Explorer" 2>/dev/null | head -1)
    [ -n "$window" ] && break
    sleep 0.1
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  # CPU time (user + system, all threads) spent by then: what the start costs, less swayed by other work running.
  cpu=$(sed 's/.*) //' "/proc/$app/stat" 2>/dev/null | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($12 + $13) / hz }')
  for _ in $(seq 1 300); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$app" 2>/dev/null
  up=$(grep -o 'window was shown [0-9.]*' "$home/frames.log" 2>/dev/null | grep -o '[0-9.]*$')
  map=$(grep -o 'first latent map [0-9.]*' "$home/frames.log" 2>/dev/null | grep -o '[0-9.]*$')
  probe=$(grep -o 'first probe decoding [0-9.]*' "$home/frames.log" 2>/dev/null | grep -o '[0-9.]*$')
  echo "run $run: window mapped after $wall ms (${cpu:-?} s of CPU); JVM uptime at the window ${up:-?} s${lesson:+, at the first latent map ${map:-?} s, at the first probe decoding ${probe:-?} s}"
  walls+=("$wall") cpus+=("${cpu:-0}") shown+=("${up:-0}") maps+=("${map:-0}") probes+=("${probe:-0}")
  [ -n "${KEEP:-}" ] && echo "kept $home" || rm -rf "$home"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median of $runs: window mapped after $(median "${walls[@]}") ms ($(median "${cpus[@]}") s of CPU); JVM uptime at the window $(median "${shown[@]}") s${lesson:+; at the first latent map $(median "${maps[@]}") s, first probe decoding $(median "${probes[@]}") s}"
