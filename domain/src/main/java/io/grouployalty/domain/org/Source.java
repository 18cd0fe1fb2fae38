package io.grouployalty.domain.org;

import io.vavr.collection.List;
import io.vavr.collection.Stream;
import io.vavr.control.Option;

/** A channel through which customers register; each has its own profiles and the channel types it reaches. */
public enum Source {
    FACEBOOK,
    WEB_ENGAGE,
    WECHAT("wechat"),
    INSTORE,
    MARTJACK,
    TMALL,
    TAOBAO,
    JD,
    ECOMMERCE,
    WEBSITE,
    LINE("line"),
    MOBILE_APP("mobilePush");

    private final List<String> commChannels;

    Source(String... ownChannels) {
        this.commChannels = List.of("email", "mobile").appendAll(List.of(ownChannels));
    }

    /** Communication channel types a profile of this source can hold. */
    public List<String> commChannels() {
        return commChannels;
    }

    /** INSTORE needs no set-up: every org has it. */
    public boolean alwaysEnabled() {
        return this == INSTORE;
    }

    /** Case-insensitive, as every enum of the contract; {@code ALL} is not a source. */
    public static Option<Source> parse(String name) {
        return name == null ? Option.none() : Stream.of(values()).find(source -> source.name().equalsIgnoreCase(name.strip()));
    }
}
