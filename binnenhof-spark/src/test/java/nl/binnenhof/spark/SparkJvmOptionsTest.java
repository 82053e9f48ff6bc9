package nl.binnenhof.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags in the module's pom (property {@code spark.jvm.options}, the surefire argLine, and the flags the
 * README gives for a JVM started without spark-submit) are the ones Spark's own launcher adds: when Spark is
 * upgraded and needs more, this test says which.
 */
class SparkJvmOptionsTest {

    @Test
    void theTestJvmHasEveryOptionSparksLauncherWouldGiveIt() {
        List<String> running = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> missing = Arrays.stream(JavaModuleOptions.defaultModuleOptionArray())
                .filter(option -> !running.contains(option))
                .toList();
        assertTrue(missing.isEmpty(), "add to spark.jvm.options in binnenhof-spark/pom.xml: " + missing);
    }
}
