package org.cocworkflow.bench.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.junit.jupiter.api.Test;

class FirstAdviceTest {
    @Test
    void theEditionPutTogetherWithoutJsonIsTheShippedEditionLessItsDescription() {
        Edition shipped = Editions.shipped();
        assertEquals(ImmutableEdition.copyOf(shipped).withDescription(java.util.Optional.empty()),
                FirstAdvice.shippedWithoutJson());
    }
}
