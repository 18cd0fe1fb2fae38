package io.grouployalty.domain.card;

import io.grouployalty.domain.Text;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A series of cards: found by its id (a series generated here) or its code (an external series), with the labels
 * an org uses for card statuses and how many active cards of it one customer may hold.
 */
public record CardSeriesDefinition(long id, String code, Map<String, CardStatus> statusLabels, int maxActivePerCustomer) {

    public static final int CODE_MAX_LENGTH = 100;
    public static final String DEFAULT_LABEL = "ACTIVE";

    public CardSeriesDefinition {
        if (id <= 0) {
            throw new IllegalArgumentException("card series id must be positive: " + id);
        }
        code = Text.singleLine(code, CODE_MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("series code " + reason));
        Objects.requireNonNull(statusLabels, "statusLabels");
        if (maxActivePerCustomer < 1) {
            throw new IllegalArgumentException("maxActivePerCustomer must be at least 1");
        }
    }

    /** The system status a label stands for, labels being matched case-insensitively. */
    public Option<CardStatus> statusOf(String label) {
        return declaredLabel(label).flatMap(statusLabels::get);
    }

    /** The label as this series spells it, matched case-insensitively. */
    public Option<String> declaredLabel(String label) {
        return statusLabels.keySet().find(declared -> declared.equalsIgnoreCase(label.strip()));
    }
}
