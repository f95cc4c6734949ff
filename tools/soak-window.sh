#!/usr/bin/env bash
# The window left training, as in a lesson: the 2-D preset for 10,000 epochs or MNIST for 100, the probe dragged
# every 15 s, resident memory sampled every 2 s and the collector's pauses logged. Prints resident memory of the
# first and last tenth of the samples, the longest collector pause and the frame monitor's summary.
#   tools/soak-window.sh 2d|mnist [SECONDS]      (build first: ./mvnw -q package -DskipTests)
# Runs the jar under Xvfb with the window's JVM options (pom.xml app.jvm.options, or JVM_OPTIONS); JAR picks another
# build.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-2d}
if [ "$preset" = mnist ]; then
  seconds=${2:-150}; probe_x=711; probe_y=411
  settings='p.put("setting.hidden","512"); p.put("setting.epochs","100"); p.put("setting.holdout","10"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","bernoulli"); p.put("dataset","mnist-10k");'
else
  seconds=${2:-100}; probe_x=679; probe_y=418
  settings='p.put("setting.hidden","64,64"); p.put("setting.epochs","10000"); p.put("setting.holdout","10"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","gaussian-diagonal"); p.put("dataset","two-gaussians"); p.put("points","2000");'
fi
profile=soak-$preset-$RANDOM
cat > /tmp/vae-soak-prefs.jsh <<JSH
var p = java.util.prefs.Preferences.userRoot().node("org/vaeexplorer/$profile");
p.put("setting.latent","2"); p.put("setting.batch","128"); p.put("setting.lr","0.001"); $settings
p.putDouble("width",1500); p.putDouble("height",950); p.flush();
/exit
JSH
jshell -q /tmp/vae-soak-prefs.jsh
work=$(mktemp -d)
drag="mousemove $probe_x $probe_y; mousedown 1; mousemove $((probe_x + 30)) $((probe_y - 20)); mousemove $((probe_x - 20)) $((probe_y + 15)); mouseup 1"
steps="key space"
for _ in $(seq 1 $((seconds / 15))); do steps="$steps; sleep 15; $drag"; done
steps="$steps; key ctrl+q; sleep 4"
options=$(sed -n 's:.*<app.jvm.options>\(.*\)</app.jvm.options>.*:\1:p' pom.xml)
options=${JVM_OPTIONS:-$options}
(
  for _ in $(seq 1 $((seconds / 2 + 30))); do
    pid=""
    for p in $(pgrep -x java || true); do grep -qa "profile=$profile" "/proc/$p/cmdline" 2>/dev/null && pid=$p; done
    [ -n "$pid" ] && awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status" 2>/dev/null >> "$work/rss"
    sleep 2
  done
) &
sampler=$!
../shared/tools/screenshot "$work/end.png" "$((seconds + 5))" --xdo "$steps" \
  -- java $options -Xlog:gc,gc+phases=info:file="$work/gc.log" -Dvaeexplorer.profile="$profile" \
     -Dvaeexplorer.frameLog="$work/frames" -jar "${JAR:-target/vae-explorer.jar}" >/dev/null
kill $sampler 2>/dev/null || true
n=$(wc -l < "$work/rss"); tenth=$(( n / 10 > 0 ? n / 10 : 1 ))
first=$(head -n "$tenth" "$work/rss" | awk '{s += $1} END {printf "%.0f", s / NR}')
last=$(tail -n "$tenth" "$work/rss" | awk '{s += $1} END {printf "%.0f", s / NR}')
peak=$(sort -n "$work/rss" | tail -1 | awk '{printf "%.0f", $1}')
pause=$(grep -o 'Pause[^)]*) *[0-9.]*ms\|Pause [A-Za-z ]* [0-9.]*ms' "$work/gc.log" | grep -o '[0-9.]*ms' | sort -g | tail -1)
echo "soak-window $preset: $n samples of resident memory every 2 s; resident first tenth ${first} MB, last tenth ${last} MB, peak ${peak} MB; longest collector pause ${pause:-none}"
cat "$work/frames"
echo "(files in $work)"
