package io.grouployalty.domain.customer;

import io.vavr.collection.List;
import io.vavr.collection.Stream;
import io.vavr.control.Option;

/** The kinds of identifiers a profile can hold (API.md §6.6), each with its canonical spelling. */
public enum IdentifierType {
    MOBILE("mobile"),
    EMAIL("email"),
    EXTERNAL_ID("externalId"),
    CARDNUMBER("cardnumber", "card"),
    WECHAT("wechat"),
    UNION_ID("unionId"),
    CUID("cuid"),
    MARTJACK_ID("martjackId"),
    FB_ID("fbId"),
    TMALL_UNAME("tmall_uname"),
    ALI_UNAME("ali_uname"),
    JD_UNAME("jd_uname"),
    VIP_UNAME("vip_uname"),
    MOBILE_PUSH("mobilePush"),
    LINE("line");

    private final String spelling;
    private final List<String> aliases;

    IdentifierType(String spelling, String... aliases) {
        this.spelling = spelling;
        this.aliases = List.of(aliases);
    }

    /** How the contract writes this type. */
    public String spelling() {
        return spelling;
    }

    /** Case-insensitive, aliases included ({@code card} for {@code cardnumber}). */
    public static Option<IdentifierType> parse(String name) {
        if (name == null) {
            return Option.none();
        }
        String wanted = name.strip();
        return Stream.of(values()).find(type -> type.spelling.equalsIgnoreCase(wanted)
                || type.aliases.exists(alias -> alias.equalsIgnoreCase(wanted)));
    }
}
