package org.cocworkflow.bench.coldstart;

/** The floor of the cold-start benchmark: a JVM that starts, prints one line and exits. */
public final class Hello {
    private Hello() {
    }

    /**
     * Prints one line.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
