package org.cocworkflow.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The run's seed: one per JVM, said by every falsified property, and the same seed draws the same examples. */
class TheoriesTest {
    @Test
    void aFalsifiedPropertySaysTheSeedThatReplaysIt() {
        AssertionError falsified = assertThrows(AssertionError.class, () -> Theories.qt()
                .forAll(SourceDSL.integers().between(0, 1_000_000)).checkAssert(i -> assertTrue(i < 0)));
        String message = falsified.getMessage();
        assertTrue(message.contains(Theories.replayLine(Theories.seed())), message);
        assertTrue(message.contains("-Dcoc.seed=" + Theories.seed()), message);
    }

    @Test
    void theSeedIsDrawnOncePerRunAndTheSameSeedDrawsTheSameExamples() {
        assertEquals(Theories.seed(), Theories.seed());
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        Theories.qt().forAll(SourceDSL.integers().all()).checkAssert(first::add);
        Theories.qt().forAll(SourceDSL.integers().all()).checkAssert(second::add);
        assertEquals(Theories.examples(), first.size());
        assertEquals(first, second);
    }

    @Test
    void samplesForExampleTestsHaveASeedOfTheirOwn() {
        List<Integer> drawn = Theories.sample(SourceDSL.integers().all(), 20);
        assertEquals(drawn, Theories.sample(SourceDSL.integers().all(), 20));
        List<Integer> underTheRunsSeed = new ArrayList<>();
        Theories.qt().forAll(SourceDSL.integers().all()).checkAssert(underTheRunsSeed::add);
        if (Theories.seed() != Theories.SAMPLE_SEED) {
            assertNotEquals(drawn, underTheRunsSeed.subList(0, 20), "samples do not follow the run's seed");
        }
    }

    @Test
    void aFractionOfTheExamplesIsNeverFewerThanAHundred() {
        assertEquals(Math.max(100, Theories.examples() / 10), Theories.examples(10));
        assertEquals(100, Theories.examples(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Theories.qt(0));
    }
}
