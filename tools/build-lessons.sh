#!/usr/bin/env bash
# Rebuilds the bundled lessons in assets/lessons/ from the bundled data, as tools/lessons.txt defines them (every
# setting and seed is written there): training runs on one thread so that the same machine gives the same file, and
# each file's size and final figures are printed. The per-epoch JSON lines go to target/lessons/NAME.log.
#   ./mvnw -q package -DskipTests && tools/build-lessons.sh          all lessons
#   tools/build-lessons.sh 03 07                                      only the files whose names start so
#   tools/build-lessons.sh --check [03 07 ...]                        retrain into target/lessons/check and compare
# --check fails (status 1) when a retrained lesson's held-out −ELBO differs from the committed one's by more than
# 1e-3 relative, or lesson 5's data file is not written again byte for byte; it says which lessons came out the
# same (every entry byte for byte, except the epochs' wall times in the history). Needs unzip. The whole check takes as long as a build (about 1.5 minutes).
# The image lessons are shown, not trained further, so they leave Adam's state out (--lesson-optimizer no), which
# keeps them to 40 % of the size; the small 2-D lessons keep it, so that Train continues them exactly.
set -euo pipefail
cd "$(dirname "$0")/.."
# OpenBLAS chooses kernels by the CPU and they round differently: the lessons are built with the Haswell (AVX2)
# ones, which most x86-64 machines since 2013 run, so that another machine gives the same file (as
# BuildLessonsReproduceTest trains them). Without AVX2 those kernels would crash: the CPU's own are used.
if [ "$(uname -m)" = x86_64 ] && { [ ! -r /proc/cpuinfo ] || grep -qw avx2 /proc/cpuinfo; }; then
  export OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-Haswell}
fi
jar=target/vae-explorer.jar
assets=assets/lessons
notes=$assets/notes
logs=target/lessons
check=no
if [ "${1:-}" = "--check" ]; then
  check=yes
  shift
fi
if [ ! -f "$jar" ]; then
  echo "error: $jar is missing; build it first with ./mvnw -q package -DskipTests" >&2
  exit 2
fi
out=$assets
if [ $check = yes ]; then
  out=$logs/check
  rm -rf "$out"
fi
mkdir -p "$logs" "$out"
wanted=("$@")

trim() {
  local text=$1
  text=${text#"${text%%[![:space:]]*}"}
  printf '%s' "${text%"${text##*[![:space:]]}"}"
}

# tools/lessons.txt: "FILE | NOTES | NAME" lines, each followed by indented lines of train options.
files=() stems=() names=() options=()
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    '#'* | '') ;;
    [[:space:]]*) options[${#options[@]} - 1]+=" $(trim "$line")" ;;
    *)
      IFS='|' read -r file stem name <<< "$line"
      files+=("$(trim "$file")") stems+=("$(trim "$stem")") names+=("$(trim "$name")") options+=("")
      ;;
  esac
done < tools/lessons.txt

# The figure `lesson check` prints for a file.
stored_elbo() {
  java -jar "$jar" lesson check "$1" --threads 1 | sed -n 's/.*"stored_neg_elbo":\([^,}]*\).*/\1/p'
}

# Whether two lessons hold the same entries, byte for byte but for the history, whose epochs' wall times always vary;
# its figures must then agree too, since they come from the same weights.
same_entries() {
  local entry
  [ "$(unzip -Z1 "$1")" = "$(unzip -Z1 "$2")" ] || return 1
  for entry in $(unzip -Z1 "$2"); do
    [ "$entry" = history.csv ] || cmp -s <(unzip -p "$1" "$entry") <(unzip -p "$2" "$entry") || return 1
  done
  [ "$(stored_elbo "$1")" = "$(stored_elbo "$2")" ]
}

# Lesson 5's data: 2000 rows of a known pPCA model, written again here so that the file is never out of step.
failed=0
if [ $check = yes ]; then
  java tools/PpcaData.java "$out/ppca-5d.csv"
  if ! cmp -s "$out/ppca-5d.csv" "$assets/data/ppca-5d.csv"; then
    echo "DIFFERS $assets/data/ppca-5d.csv: tools/PpcaData.java no longer writes it" >&2
    failed=$((failed + 1))
  fi
else
  java tools/PpcaData.java "$assets/data/ppca-5d.csv"
fi

for i in "${!files[@]}"; do
  file=${files[$i]}
  if [ ${#wanted[@]} -gt 0 ]; then
    chosen=no
    for w in "${wanted[@]}"; do
      [[ $file == "$w"* ]] && chosen=yes
    done
    [ $chosen = yes ] || continue
  fi
  read -ra opts <<< "${options[$i]}"
  target=$out/$file.vaelesson log=$logs/$file.log start=$SECONDS
  java -jar "$jar" train "${opts[@]}" --threads 1 --lesson "$target" --lesson-name "${names[$i]}" \
    --notes-en "$notes/${stems[$i]}.en.md" --notes-zh "$notes/${stems[$i]}.zh-CN.md" > "$log"
  held_out=$(sed -n 's/.*"test_neg_elbo":\([^,]*\).*/\1/p' <<< "$(tail -n 1 "$log")")
  printf '%-44s %8s KB  %4d s  held-out -ELBO %s\n' "$file.vaelesson" \
    "$(( ($(wc -c < "$target") + 1023) / 1024 ))" $((SECONDS - start)) "$held_out"
  if [ $check = yes ]; then
    committed=$assets/$file.vaelesson
    if same_entries "$target" "$committed"; then
      echo "  the same as $committed (every entry; in the history, all but the epochs' wall times)"
      continue
    fi
    before=$(stored_elbo "$committed")
    if awk -v a="$before" -v b="$held_out" 'BEGIN { d = (a - b) / (a < 0 ? -a : a); exit !(d <= 1e-3 && d >= -1e-3) }'
    then
      echo "  other weights than $committed, held-out -ELBO within 1e-3 (committed: $before)"
    else
      echo "DIFFERS $committed: held-out -ELBO $held_out retrained, $before committed" >&2
      failed=$((failed + 1))
    fi
  fi
done

if [ $check = yes ]; then
  echo "lessons checked against $assets; $failed differ" >&2
  [ $failed -eq 0 ]
else
  du -ch "$out"/*.vaelesson | tail -n 1 | sed 's/total/in all/'
fi
