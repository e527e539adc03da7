package org.cocworkflow.core.action;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON type names of the actions: the {@link JsonTypeName} of each type in {@link Action}'s subtype list. */
final class ActionTypes {
    private static final Map<Class<?>, String> NAMES;

    static {
        Map<Class<?>, String> names = new LinkedHashMap<>();
        for (JsonSubTypes.Type type : Action.class.getAnnotation(JsonSubTypes.class).value()) {
            names.put(type.value(), type.value().getAnnotation(JsonTypeName.class).value());
        }
        NAMES = Collections.unmodifiableMap(names);
    }

    private ActionTypes() {
    }

    static String nameOf(Action action) {
        for (Map.Entry<Class<?>, String> entry : NAMES.entrySet()) {
            if (entry.getKey().isInstance(action)) {
                return entry.getValue();
            }
        }
        throw new IllegalStateException("an action type is missing from the JSON subtype list");
    }

    static List<String> names() {
        return List.copyOf(NAMES.values());
    }
}
