#!/usr/bin/env bash
# The window left training, as in a lesson: the 2-D preset for 10,000 epochs or MNIST for 100, the probe dragged
# every 15 s, then left idle AFTER seconds once training should be over. Samples resident memory every 2 s (Rss and
# Pss: on JDK 17 ZGC maps its heap three times, which Rss counts three times and Pss once) and logs the collector.
# Prints, for the samples that fall while epochs are reported, the first and last tenth; the samples after the run;
# the epoch time of the first and last tenth of the epochs; and the longest collector pause while training.
#   tools/soak-window.sh 2d|mnist [SECONDS [AFTER]]    (build first: ./mvnw -q package -DskipTests)
# Runs the jar under Xvfb with the window's JVM options (pom.xml app.jvm.options, or JVM_OPTIONS, plus EXTRA_OPTIONS
# such as -XX:NativeMemoryTracking=summary, in which case `jcmd VM.native_memory summary` is kept while training and
# after); JAR picks another build.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-2d}
if [ "$preset" = mnist ]; then
  seconds=${2:-180}; probe_x=711; probe_y=411
  settings='p.put("setting.hidden","512"); p.put("setting.epochs","100"); p.put("setting.holdout","10"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","bernoulli"); p.put("dataset","mnist-10k");'
else
  seconds=${2:-100}; probe_x=679; probe_y=418
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
drag="mousemove $probe_x $probe_y; mousedown 1; mousemove $((probe_x + 30)) $((probe_y - 20)); mousemove $((probe_x - 20)) $((probe_y + 15)); mouseup 1"
steps="key space"
for _ in $(seq 1 $((seconds / 15))); do steps="$steps; sleep 15; $drag"; done
steps="$steps; sleep $after; key ctrl+q; sleep 4"
options=$(sed -n 's:.*<app.jvm.options>\(.*\)</app.jvm.options>.*:\1:p' pom.xml)
options="${JVM_OPTIONS:-$options} ${EXTRA_OPTIONS:-}"
(
  pid=""
  for _ in $(seq 1 60); do
    for p in $(pgrep -x java || true); do grep -qa "profile=$profile" "/proc/$p/cmdline" 2>/dev/null && pid=$p; done
    [ -n "$pid" ] && break
    sleep 1
  done
  n=0
  while [ -n "$pid" ] && [ -r "/proc/$pid/smaps_rollup" ]; do
    echo "$(date +%s%3N) $(awk '/^Rss|^Pss:/ {printf "%.1f ", $2 / 1024}' "/proc/$pid/smaps_rollup")" >> "$work/rss"
    if [ $((n % 15)) = 0 ] && [[ "$options" == *NativeMemoryTracking* ]]; then
      { date +%s%3N; jcmd "$pid" VM.native_memory summary 2>/dev/null | grep -E 'Total|^-  *[A-Z]' ; } >> "$work/nmt" || true
    fi
    n=$((n + 1))
    sleep 2
  done
) &
sampler=$!
../shared/tools/screenshot "$work/end.png" 12 --xdo "$steps" \
  -- java $options -Xlog:gc,gc+phases=info:file="$work/gc.log":uptime -Dvaeexplorer.profile="$profile" \
     -Dvaeexplorer.frameLog="$work/frames" -jar "${JAR:-target/vae-explorer.jar}" >/dev/null
wait $sampler 2>/dev/null || true
read -r from to < <(sed -n 's/.*wall clock \([0-9]*\) to \([0-9]*\) ms.*/\1 \2/p' "$work/frames")
read -r up_from up_to < <(sed -n 's/.*from uptime \([0-9.]*\) s to \([0-9.]*\) s.*/\1 \2/p' "$work/frames")
awk -v from="$from" -v to="$to" '$1 >= from && $1 <= to' "$work/rss" > "$work/rss.training"
awk -v to="$to" '$1 > to + 4000' "$work/rss" > "$work/rss.after"
n=$(wc -l < "$work/rss.training"); tenth=$(( n / 10 > 0 ? n / 10 : 1 ))
mean() { awk '{r += $2; p += $3} END {if (NR) printf "Rss %.0f MB, Pss %.0f MB", r / NR, p / NR; else printf "none"}'; }
echo "soak-window $preset: $n samples of resident memory while training, every 2 s"
echo "  while training: first tenth $(head -n "$tenth" "$work/rss.training" | mean); last tenth $(tail -n "$tenth" "$work/rss.training" | mean)"
echo "  after the run ($(wc -l < "$work/rss.after") samples): first $(head -n 1 "$work/rss.after" | mean); last $(tail -n 1 "$work/rss.after" | mean)"
echo "  peak Rss $(sort -k2 -g "$work/rss" | tail -1 | awk '{print $2}') MB"
pause=$(awk -v a="$up_from" -v b="$up_to" '{t = substr($1, 2) + 0} t >= a && t <= b && /Pause/' "$work/gc.log" \
  | grep -o '[0-9.]*ms' | sort -g | tail -1)
echo "  longest collector pause while training: ${pause:-none} ($(awk -v a="$up_from" -v b="$up_to" '{t = substr($1, 2) + 0} t >= a && t <= b && /Pause/' "$work/gc.log" | wc -l) pause lines)"
cat "$work/frames"
echo "(files in $work)"
