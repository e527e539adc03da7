package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.json.CocJson;
import org.junit.jupiter.api.Test;

/** docs/json-format.md stays true: its examples read, and its sample error is what the reader says. */
class JsonFormatDocTest {
    private static final Pattern BLOCK = Pattern.compile("```(json|text)\\n(.*?)```", Pattern.DOTALL);
    private final CocJson json = CocJson.standard();

    private static List<String[]> blocks() throws IOException {
        String doc = Files.readString(Path.of("../docs/json-format.md"), StandardCharsets.UTF_8);
        List<String[]> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(doc);
        while (matcher.find()) {
            blocks.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return blocks;
    }

    @Test
    void everyJsonExampleOfTheFormatDocumentReads() throws IOException {
        int read = 0;
        for (String[] block : blocks()) {
            if (!block[0].equals("json")) {
                continue;
            }
            String document = block[1];
            if (document.contains("\"coc-report/1\"")) {
                assertEquals(json.readReport(document), json.readReport(json.writeReport(json.readReport(document))));
            } else if (document.contains("\"coc-case-file/2\"")) {
                assertEquals(json.writeCaseFile(json.readCaseFile(document)).strip(), document.strip(),
                        "the example case file is exactly what the writer writes");
            } else {
                json.readAction(document);
            }
            read++;
        }
        assertEquals(3, read, "a report, an action and a case file");
    }

    @Test
    void theDocumentedErrorIsTheOneTheReaderGives() throws IOException {
        String expected = blocks().stream().filter(b -> b[0].equals("text")).findFirst().orElseThrow()[1].strip();
        String document = "{\"format\": \"coc-report/1\", \"receivedAt\": \"2026-06-12T22:40:00Z\", "
                + "\"channel\": 3, \"descripton\": \"typo\", \"space\": {\"kind\": \"TALK\"}, "
                + "\"parties\": [{\"id\": \"a\", \"roles\": [\"ACCUSED\"]}]}";
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> json.readReport(document));
        assertEquals(expected, e.getMessage());
        assertTrue(e.problems().size() == 3);
    }
}
