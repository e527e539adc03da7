package org.cocworkflow.core.response;

/**
 * How the response meeting reaches a decision, as the edition sets it (seed 003, "Meeting": available
 * co-organizers meet and decide what is done; the method is the community's choice, as published procedures show:
 * consensus with a two-thirds fallback, a two-thirds vote, or a majority).
 *
 * <p>The share is counted over the deciders: the members present without a conflict of interest who take part in
 * the decision. An abstention counts as present and not in favour.
 */
public enum DecisionMethod {
    /** Every decider agrees: recorded as a consensus, or as a vote with nobody against and nobody abstaining. */
    CONSENSUS,
    /** At least two thirds of the deciders vote in favour. */
    TWO_THIRDS,
    /** More than half of the deciders vote in favour. */
    MAJORITY;

    /**
     * Tells whether a decision with these numbers meets the method.
     *
     * @param inFavour how many deciders are in favour
     * @param deciders how many deciders there are, at least one
     * @return true if the method is met
     */
    public boolean isMet(int inFavour, int deciders) {
        if (deciders < 1 || inFavour < 0 || inFavour > deciders) {
            throw new IllegalArgumentException("in favour must be between 0 and the number of deciders, at least one");
        }
        return switch (this) {
            case CONSENSUS -> inFavour == deciders;
            case TWO_THIRDS -> 3L * inFavour >= 2L * deciders;
            case MAJORITY -> 2L * inFavour > deciders;
        };
    }
}
