package org.cocworkflow.rules.scenario;

/**
 * One scenario read from a scenario file: its name, where it came from and what it asks. What it holds inside is
 * for the {@link ScenarioRunner}; authors write it as JSON ({@code coc-scenario/1}).
 */
public final class Scenario {
    private final String file;
    private final String name;
    private final ScenarioKind kind;
    private final ScenarioSpec spec;

    Scenario(String file, String name, ScenarioKind kind, ScenarioSpec spec) {
        this.file = file;
        this.name = name;
        this.kind = kind;
        this.spec = spec;
    }

    /** @return the file it was read from, as given to {@link Scenarios#read} */
    public String file() {
        return file;
    }

    /** @return its name, which says what it shows */
    public String name() {
        return name;
    }

    /** @return what it asks of the rules */
    public ScenarioKind kind() {
        return kind;
    }

    ScenarioSpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return file + ": " + name;
    }
}
