#!/usr/bin/env bash
# The window left training, as in a lesson: the 2-D preset for 10,000 epochs or MNIST for 100, the probe dragged
# every 15 s for SECONDS, then left idle AFTER seconds, then closed with Ctrl+Q. Samples resident memory every 2 s
# (Rss and Pss: on JDK 17 ZGC maps its heap three times, which Rss counts three times and Pss once) and logs the
# collector. Prints, for the samples that fall while epochs are reported, the first and last tenth; the samples after
# the run; the heap after each collection; the epoch time (wall, model thread's CPU, process CPU) of the first and
# last tenth of the epochs; the longest collector pause while training; and how long closing took.
#   tools/soak-window.sh 2d|mnist [SECONDS [AFTER]]    (build first: ./mvnw -q package -DskipTests)
# Runs the jar under its own Xvfb (needs Xvfb, xdotool and ImageMagick's import) with the window's JVM options
# (pom.xml app.jvm.options, or JVM_OPTIONS, plus EXTRA_OPTIONS such as -XX:NativeMemoryTracking=summary, in which
# case `jcmd VM.native_memory summary` is kept every 30 s); JAR picks another build. The drag starts where the app's
# frame monitor says the probe is on the screen (FRAMELOG.probe), so it follows the layout and the canvas's zoom.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-2d}
if [ "$preset" = mnist ]; then
  seconds=${2:-240}
  settings='p.put("setting.hidden","512"); p.put("setting.epochs","100"); p.put("setting.holdout","10"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","bernoulli"); p.put("dataset","mnist-10k");'
else
  seconds=${2:-100}
  settings='p.put("setting.hidden","64,64"); p.put("setting.epochs","10000"); p.put("setting.holdout","10"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","gaussian-diagonal"); p.put("dataset","two-gaussians"); p.put("points","2000");'
fi
after=${3:-40}
profile=soak-$preset-$RANDOM
cat > /tmp/vae-soak-prefs.jsh <<JSH
var p = java.util.prefs.Preferences.userRoot().node("org/vaeexplorer/$profile");
p.put("setting.latent","2"); p.put("setting.batch","128"); p.put("setting.lr","0.001"); $settings
p.putDouble("width",1500); p.putDouble("height",950); p.flush();
/exit
JSH
jshell -q /tmp/vae-soak-prefs.jsh
work=$(mktemp -d)
options=$(sed -n 's:.*<app.jvm.options>\(.*\)</app.jvm.options>.*:\1:p' pom.xml)
options="${JVM_OPTIONS:-$options} ${EXTRA_OPTIONS:-}"
display=:$((100 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display setsid java $options -Xlog:gc,gc+phases=info:file="$work/gc.log":uptime \
  -Dvaeexplorer.profile="$profile" -Dvaeexplorer.frameLog="$work/frames" -jar "${JAR:-target/vae-explorer.jar}" \
  >"$work/app.log" 2>&1 &
pid=$!
xdo() { DISPLAY=$display xdotool "$@" >/dev/null 2>&1 || true; }
# The frame monitor writes where the probe is on the screen once the window is laid out: then the window is up.
for _ in $(seq 1 120); do [ -s "$work/frames.probe" ] || ! kill -0 "$pid" 2>/dev/null && break; sleep 1; done
[ -s "$work/frames.probe" ] || { echo "soak-window: the window did not come up (see $work/app.log)" >&2; kill "$pid" "$xvfb" 2>/dev/null; exit 1; }
(
  n=0
  while [ -r "/proc/$pid/smaps_rollup" ]; do
    echo "$(date +%s%3N) $(awk '/^Rss|^Pss:/ {printf "%.1f ", $2 / 1024}' "/proc/$pid/smaps_rollup" 2>/dev/null)" \
      >> "$work/rss"
    if [ $((n % 15)) = 0 ] && [[ "$options" == *NativeMemoryTracking* ]]; then
      { date +%s%3N; jcmd "$pid" VM.native_memory summary 2>/dev/null | grep -E 'Total|^-  *[A-Z]' ; } >> "$work/nmt" || true
    fi
    n=$((n + 1))
    sleep 2
  done
) &
sampler=$!
xdo search --name "VAE Explorer" windowfocus
# Space once the data are loaded (READY), which on a busy machine can take a while, until training is seen.
for _ in $(seq 1 60); do
  state=$(cut -d' ' -f3 "$work/frames.probe")
  [ "$state" = TRAINING ] && break
  if [ "$state" = READY ]; then xdo key space; fi
  sleep 2
done
# Every 15 s the probe is dragged from where it is now (the canvas fits itself to the latent map while training).
end=$(( $(date +%s) + seconds ))
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 15
  read -r px py _ < "$work/frames.probe"
  xdo mousemove "$px" "$py" mousedown 1 sleep 0.2 mousemove $((px + 30)) $((py - 20)) sleep 0.2 \
    mousemove $((px - 20)) $((py + 15)) sleep 0.2 mouseup 1
done
sleep "$after"
DISPLAY=$display import -window root "$work/end.png" 2>/dev/null || true
# Closing: from Ctrl+Q until the process is gone, seen within 50 ms (a process that has ended but is not yet reaped
# is a zombie, which kill -0 would still find); the frame monitor's summary splits it at the application's stop()
# and at the end of the model thread. (jstack cannot attach within a closing this short.)
alive() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]; }
quit=$(date +%s%3N)
xdo key ctrl+q
window_gone=""
while alive "$pid"; do
  if [ -z "$window_gone" ] && ! DISPLAY=$display xdotool search --onlyvisible --name "VAE Explorer" >/dev/null 2>&1; then
    window_gone=$(( $(date +%s%3N) - quit ))
  fi
  if [ $(( $(date +%s%3N) - quit )) -gt 20000 ]; then kill "$pid"; break; fi
  sleep 0.05
done
closed=$(( $(date +%s%3N) - quit ))
wait "$pid" 2>/dev/null || true
wait $sampler 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
from=0; to=0; up_from=0; up_to=0
read -r from to < <(sed -n 's/.*wall clock \([0-9]*\) to \([0-9]*\) ms.*/\1 \2/p' "$work/frames") || true
read -r up_from up_to < <(sed -n 's/.*from uptime \([0-9.]*\) s to \([0-9.]*\) s.*/\1 \2/p' "$work/frames") || true
[ "$to" != 0 ] || echo "soak-window: fewer than 20 epoch reports, so no tenths (a longer SECONDS?)"
awk -v from="$from" -v to="$to" 'NF >= 3 && $1 >= from && $1 <= to' "$work/rss" > "$work/rss.training"
awk -v to="$to" 'NF >= 3 && $1 > to + 4000' "$work/rss" > "$work/rss.after"
n=$(wc -l < "$work/rss.training"); tenth=$(( n / 10 > 0 ? n / 10 : 1 ))
mean() { awk '{r += $2; p += $3} END {if (NR) printf "Rss %.0f MB, Pss %.0f MB", r / NR, p / NR; else printf "none"}'; }
echo "soak-window $preset: $n samples of resident memory while training, every 2 s"
echo "  while training: first tenth $(head -n "$tenth" "$work/rss.training" | mean); last tenth $(tail -n "$tenth" "$work/rss.training" | mean)"
echo "  after the run ($(wc -l < "$work/rss.after") samples): first $(head -n 1 "$work/rss.after" | mean); last $(tail -n 1 "$work/rss.after" | mean)"
echo "  peak Rss $(sort -k2 -g "$work/rss" | tail -1 | awk '{print $2}') MB"
pause=$(awk -v a="$up_from" -v b="$up_to" '{t = substr($1, 2) + 0} t >= a && t <= b && /Pause/' "$work/gc.log" \
  | grep -o '[0-9.]*ms' | sort -g | tail -1 || true)
echo "  longest collector pause while training: ${pause:-none} ($(awk -v a="$up_from" -v b="$up_to" '{t = substr($1, 2) + 0} t >= a && t <= b && /Pause/' "$work/gc.log" | wc -l) pause lines)"
live=$(awk -v a="$up_from" -v b="$up_to" '{t = substr($1, 2) + 0} t >= a && t <= b && /Garbage Collection/' "$work/gc.log" \
  | sed -n 's/.*->\([0-9]*\)M.*/\1/p')
if [ -n "$live" ]; then
  k=$(( $(echo "$live" | wc -l) / 10 > 0 ? $(echo "$live" | wc -l) / 10 : 1 ))
  echo "  heap after each collection while training: first tenth $(echo "$live" | head -n "$k" | awk '{s += $1} END {printf "%.0f", s / NR}') MB, last tenth $(echo "$live" | tail -n "$k" | awk '{s += $1} END {printf "%.0f", s / NR}') MB ($(echo "$live" | wc -l) collections)"
fi
read -r stop model_done < <(sed -n 's/^application stop began at wall clock \([0-9]*\) ms, its model thread had ended at \([0-9]*\) ms/\1 \2/p' "$work/frames") || true
echo "  closing: $closed ms from Ctrl+Q to the end of the process: $(( ${stop:-$quit} - quit )) ms until the" \
  "application's stop() began, $(( ${model_done:-$quit} - ${stop:-$quit} )) ms waiting for the model thread," \
  "$(( quit + closed - ${model_done:-$quit} )) ms from then to the end of the process; the window was gone" \
  "after ${window_gone:-$closed} ms"
cat "$work/frames"
echo "(files in $work)"
