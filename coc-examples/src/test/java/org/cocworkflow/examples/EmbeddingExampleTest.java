package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.PartyId;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void theReadmeSnippetOpensACaseFollowsTheMostUrgentSuggestionAndStoresItsPaperTrail() {
        String stored = EmbeddingExample.openAdviseAndStore(
                SampleReports.json("03-private-harassment-at-the-social"));
        CaseFile file = CocJson.standard().readCaseFile(stored);
        assertEquals(2, file.version());
        assertEquals(Optional.of(PartyId.of("handler-ana")), file.state().handler(),
                "the most urgent suggestion: one designated person handles the case");
        assertEquals(PolicyEditionId.of("standard-2026"), file.state().edition());
    }

    @Test
    void theReadmeShowsTheSnippetWordForWord() throws IOException {
        List<String> source = Files.readAllLines(
                Path.of("src/main/java/org/cocworkflow/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
        int start = source.indexOf("        // snippet-start");
        int end = source.indexOf("        // snippet-end");
        assertTrue(start >= 0 && end > start, "the snippet markers are in place");
        String snippet = String.join("\n", source.subList(start + 1, end).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).toList());
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(snippet), () -> "README.md must show the snippet exactly:\n" + snippet);
        assertTrue(Arrays.stream(readme.split("\n")).anyMatch(l -> l.contains("<artifactId>coc-rules</artifactId>")));
    }
}
