package org.cocworkflow.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;

/** Reads {@code edition.json}, strictly, reporting problems by line without quoting values. */
public final class Manifests {
    /** The name of an edition's manifest file. */
    public static final String FILE = "edition.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private Manifests() {
    }

    /**
     * Reads a manifest.
     *
     * @param json the manifest's text
     * @param where how to name the manifest in problems, e.g. {@code edition.json}
     * @return the manifest
     * @throws EditionException naming the line and what is wrong
     */
    public static EditionManifest read(String json, String where) {
        EditionManifest manifest;
        try {
            manifest = MAPPER.readValue(json, EditionManifest.class);
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = find(e) != null ? find(e).getMessage()
                    : "expected {\"format\": \"" + EditionManifest.FORMAT + "\", \"id\", \"effectiveFrom\", "
                            + "\"description\"?, \"base\"?, \"settings\"?, \"files\"?} with the documented types "
                            + "(at " + path(e) + ")";
            throw problem(where, line, message);
        } catch (JsonProcessingException e) {
            throw problem(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not well-formed JSON");
        }
        if (!EditionManifest.FORMAT.equals(manifest.format())) {
            throw problem(where, 1, "unsupported format; this reader accepts \"" + EditionManifest.FORMAT + "\"");
        }
        if (manifest.base().filter(b -> !b.equals("shipped") && !b.equals("none")).isPresent()) {
            throw problem(where, 1, "\"base\" is \"shipped\" or \"none\"");
        }
        return manifest;
    }

    private static InvalidValueException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null && reference.getFieldName().matches("[A-Za-z]{1,40}")) {
                path.append('.').append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static EditionException problem(String where, int line, String message) {
        return new EditionException("the edition's manifest cannot be read", List.of(
                EditionProblem.of(where, line, message)));
    }
}
