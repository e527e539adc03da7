package org.cocworkflow.core.guard;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;

/** The names guards use for things in their reasons. */
final class Words {
    private Words() {
    }

    static String of(RecipientClass recipient) {
        return switch (recipient) {
            case CO_ORGANIZERS -> "organizers outside the response team";
            case GLOBAL_ORGANIZATION -> "the global organization";
            case VENUE_SECURITY -> "venue security";
            case LAW_ENFORCEMENT -> "law enforcement";
            case EMERGENCY_SERVICES -> "emergency services";
            case ACCUSED -> "the accused";
            case ACCUSED_EMPLOYER -> "the accused's employer";
            case PROFESSIONAL_BODY -> "a professional body";
            case EDUCATIONAL_INSTITUTION -> "an educational institution";
            case INTERNET_PROVIDER -> "an internet provider";
            case COMMUNITY -> "the community";
        };
    }

    static String of(DisclosureItem item) {
        return switch (item) {
            case INCIDENT_DETAILS -> "the details of the incident";
            case VICTIM_IDENTITY -> "who the victim is";
            case REPORTER_IDENTITY -> "who reported";
        };
    }

    static String holderOf(DisclosureItem item) {
        return switch (item) {
            case INCIDENT_DETAILS -> "every victim (or the reporter, where no victim is named)";
            case VICTIM_IDENTITY -> "the victim";
            case REPORTER_IDENTITY -> "the reporter";
        };
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String list(Set<? extends Enum<?>> constants) {
        return constants.stream().map(Words::of).collect(Collectors.joining(", "));
    }
}
