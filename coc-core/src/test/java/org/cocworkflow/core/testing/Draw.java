package org.cocworkflow.core.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws values from QuickTheories' randomness source inside a hand-written generator. Every draw goes through the
 * source, so QuickTheories can still shrink what the generator built.
 */
public final class Draw {
    private static final Gen<Integer> PERCENT = Generate.range(1, 100);

    private final RandomnessSource in;

    /**
     * Wraps a randomness source.
     *
     * @param in the source
     */
    public Draw(RandomnessSource in) {
        this.in = in;
    }

    /**
     * Draws a whole number.
     *
     * @param min the smallest
     * @param max the largest
     * @return a number in {@code [min, max]}
     */
    public int between(int min, int max) {
        return min == max ? min : Generate.range(min, max).generate(in);
    }

    /**
     * Draws a chance.
     *
     * @param percent how likely, 0 to 100
     * @return true with that likelihood
     */
    public boolean chance(int percent) {
        return PERCENT.generate(in) <= percent;
    }

    /**
     * Draws one element.
     *
     * @param options the options, not empty
     * @param <T> their type
     * @return one of them
     */
    public <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    /**
     * Draws one constant of an enum.
     *
     * @param type the enum
     * @param <E> its type
     * @return one constant
     */
    public <E extends Enum<E>> E pick(Class<E> type) {
        return pick(List.of(type.getEnumConstants()));
    }

    /**
     * Draws a subset of an enum, each constant with the same chance.
     *
     * @param type the enum
     * @param percent the chance of each constant
     * @param <E> its type
     * @return the subset
     */
    public <E extends Enum<E>> Set<E> subset(Class<E> type, int percent) {
        Set<E> set = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (chance(percent)) {
                set.add(constant);
            }
        }
        return set;
    }

    /**
     * Draws a sublist of options, each with the same chance.
     *
     * @param options the options
     * @param percent the chance of each
     * @param <T> their type
     * @return the chosen ones, in order
     */
    public <T> List<T> some(List<T> options, int percent) {
        List<T> chosen = new ArrayList<>();
        for (T option : options) {
            if (chance(percent)) {
                chosen.add(option);
            }
        }
        return chosen;
    }

    /**
     * Draws from another generator.
     *
     * @param gen the generator
     * @param <T> what it makes
     * @return a value
     */
    public <T> T from(Gen<T> gen) {
        return gen.generate(in);
    }
}
