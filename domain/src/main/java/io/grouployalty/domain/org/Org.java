package io.grouployalty.domain.org;

import io.grouployalty.domain.Text;

import java.time.ZoneOffset;
import java.util.Objects;

/** A tenant: its key, its name and the offset its dates are rendered in. */
public record Org(OrgId id, String name, ZoneOffset timeZone) {

    public static final int NAME_MAX_LENGTH = 200;

    public Org {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeZone, "timeZone");
        name = Text.singleLine(name, NAME_MAX_LENGTH)
                .getOrElseThrow(reason -> new IllegalArgumentException("org name " + reason));
    }
}
