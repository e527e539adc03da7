package org.cocworkflow.rules.facts;

import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.kie.api.runtime.rule.RuleContext;

/** A rule, as its findings name it: its name, its {@code @cite} and its {@code @why}. */
@Value.Immutable
public interface RuleSource {
    /** @return the rule's name */
    String rule();

    /** @return the procedure section it follows */
    String citation();

    /** @return its reason, in the library's words */
    String why();

    /**
     * Reads the firing rule's name and metadata.
     *
     * @param drools the consequence's {@code drools}: a {@link RuleContext} in rules compiled at run time, an
     *     {@code org.drools.model.Drools} in the model generated at build time
     * @return the source
     * @throws IllegalArgumentException if {@code drools} is neither
     */
    static RuleSource of(Object drools) {
        Objects.requireNonNull(drools, "drools");
        RuleContext context;
        if (drools instanceof RuleContext ruleContext) {
            context = ruleContext;
        } else if (drools instanceof org.drools.model.Drools model) {
            context = model.getContext(RuleContext.class);
        } else {
            throw new IllegalArgumentException("pass the consequence's drools variable");
        }
        Map<String, Object> meta = context.getRule().getMetaData();
        return ImmutableRuleSource.builder()
                .rule(context.getRule().getName())
                .citation(String.valueOf(meta.getOrDefault(Suggestions.CITE, "")))
                .why(String.valueOf(meta.getOrDefault(Suggestions.WHY, "")))
                .build();
    }
}
