package io.grouployalty.domain.program;

import io.grouployalty.domain.Text;

/** A tier of a program; its number is its rank, 1 being the lowest. */
public record Tier(int number, String name) {

    public Tier {
        if (number < 1) {
            throw new IllegalArgumentException("tier numbers start at 1: " + number);
        }
        name = Text.singleLine(name, Program.NAME_MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("tier name " + reason));
    }
}
