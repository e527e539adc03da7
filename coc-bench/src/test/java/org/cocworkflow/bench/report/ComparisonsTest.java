package org.cocworkflow.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/** Every comparison of the performance report names benchmarks that exist, so that none is reported "not run". */
class ComparisonsTest {
    @Test
    void everyComparisonNamesTwoBenchmarkMethods() {
        List<String> missing = new ArrayList<>();
        for (Comparisons.Comparison c : Comparisons.ALL) {
            for (String name : List.of(c.ours(), c.floor())) {
                if (!isBenchmark(name)) {
                    missing.add(c.title() + ": " + name);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "not a @Benchmark method: " + missing);
    }

    private static boolean isBenchmark(String fullName) {
        int dot = fullName.lastIndexOf('.');
        try {
            Class<?> type = Class.forName(fullName.substring(0, dot));
            for (Method m : type.getMethods()) {
                if (m.getName().equals(fullName.substring(dot + 1)) && m.isAnnotationPresent(Benchmark.class)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return fail("no such benchmark class: " + fullName);
        }
    }
}
