package org.cocworkflow.core.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.cocworkflow.core.InvalidValueException;

/** Turns Jackson's binding failures into problems; Jackson's own messages quote input and are never used. */
public final class Bindings {
    private Bindings() {
    }

    /**
     * Records the problem behind a binding failure.
     *
     * @param failure Jackson's exception
     * @param problems where the problem goes
     */
    public static void record(JsonProcessingException failure, Problems problems) {
        String path = failure instanceof JsonMappingException mapping ? path(mapping) : "$";
        InvalidValueException invalid = find(failure);
        if (invalid != null) {
            // Our own structural checks: their messages are fixed text without values.
            problems.add(path, invalid.getMessage());
        } else {
            problems.add(path, "could not be read as the format describes (check the type and shape of this part)");
        }
    }

    private static InvalidValueException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                String name = reference.getFieldName();
                path.append('.').append(Problems.showable(name) ? name : "<field>");
            }
        }
        return path.toString();
    }
}
