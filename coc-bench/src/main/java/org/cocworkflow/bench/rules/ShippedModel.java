package org.cocworkflow.bench.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Loads the shipped rules' executable model, generated at build time, the way coc-rules' EditionCompiler does: the
 * model classes named in kie-maven-plugin's index, handed to {@link KieBaseBuilder}. The floors build their own
 * KieBase this way because the advisor does not expose its own.
 */
final class ShippedModel {
    private static final String INDEX = "META-INF/kie/org.cocworkflow/coc-rules/drools-model";

    private ShippedModel() {
    }

    static KieBase load() {
        ClassLoader loader = ShippedModel.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the build-time model of the shipped rules is not on the class path");
            }
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("could not load the build-time model of the shipped rules", e);
        }
    }
}
