// Runs side by side, timed: three VAEs of the 2-D preset (two Gaussians, 2,000 points, hidden 64,64, β = 0.1 / 1 / 4,
// 300 epochs each) trained in turn by the comparison view model on one thread, three times. Build first
// (./mvnw -q package -DskipTests), then:
//   jshell -R-Dorg.bytedeco.javacpp.maxphysicalbytes=0 --class-path "target/classes:$(ls target/lib/*.jar | tr "\n" :)" tools/measure-compare.jsh
import org.vaeexplorer.viewmodel.*;
import org.vaeexplorer.model.network.ComputeThreads;
ComputeThreads.use(1);
java.util.concurrent.Executor now = Runnable::run;
var window = new MainViewModel(now, now);
window.settings().field("epochs").textProperty().set("300");
window.settings().field("hidden").textProperty().set("64,64");
window.settings().field("batch").textProperty().set("128");
window.data().pointsProperty().set("2000");
window.data().datasetChoiceProperty().set(window.data().datasetChoices().stream().filter(c -> c.id().equals("two-gaussians")).findFirst().orElseThrow());
var base = window.settings().configProperty().get();
for (int k = 0; k < 3; k++) {
  long t0 = System.nanoTime();
  window.comparison().open(ComparisonPlan.betas(base));
  double s = (System.nanoTime() - t0) / 1e9;
  var runs = window.comparison().snapshotProperty().get().runs();
  System.out.printf("three runs x %d epochs in %.2f s: %.1f epochs/s per run%n", runs.get(0).epoch(), s, runs.get(0).epoch() / s);
  window.comparison().close();
}
/exit
