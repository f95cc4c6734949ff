#!/usr/bin/env bash
# Traces why JavaFX repaints the whole window (decision 0006): builds a small Java agent (the JDK's own ASM) that
# prints, to the app's output, every GlassScene.entireSceneNeedsRepaint and freshBackBuffer with a stack,
# every node dirty region as it is accumulated (TRACEACC, and TRACECLIP with the node's ancestors when one "contains
# the clip"), and every node synchronised to the render graph with its dirty bits (TRACESYNC), then runs
# tools/measure-ui.sh with it and the pulse logger. Read the output in /tmp/vae-measure.png.log.
#   tools/repaint-trace/run.sh [2d|mnist]      (build the jar first: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
fx=$(ls ~/.m2/repository/org/openjfx/javafx-graphics/*/javafx-graphics-*-linux.jar | tail -1)
base=$(ls ~/.m2/repository/org/openjfx/javafx-base/*/javafx-base-*-linux.jar | tail -1)
javac -cp "$fx:$base" --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED -d "$work/out" \
  tools/repaint-trace/TraceAgent.java
printf 'Premain-Class: TraceAgent\n' > "$work/manifest.txt"
jar cfm "$work/trace-agent.jar" "$work/manifest.txt" -C "$work/out" .
JAVA_OPTS="-javaagent:$work/trace-agent.jar --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED \
  --add-opens javafx.graphics/javafx.scene=ALL-UNNAMED -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0" \
  tools/measure-ui.sh "${1:-2d}"
echo "trace in /tmp/vae-measure.png.log"
