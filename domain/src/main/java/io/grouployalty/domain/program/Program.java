package io.grouployalty.domain.program;

import io.grouployalty.domain.Text;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** A loyalty program customers enroll in, with its tiers. */
public record Program(ProgramId id, String name, List<Tier> tiers) {

    public static final int NAME_MAX_LENGTH = 200;

    public Program {
        Objects.requireNonNull(id, "id");
        name = Text.singleLine(name, NAME_MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("program name " + reason));
        tiers = Objects.requireNonNull(tiers, "tiers").sortBy(Tier::number);
        if (tiers.map(Tier::number).distinct().size() != tiers.size()) {
            throw new IllegalArgumentException("tier numbers of program " + id + " repeat");
        }
    }

    public Option<Tier> tier(int number) {
        return tiers.find(tier -> tier.number() == number);
    }
}
