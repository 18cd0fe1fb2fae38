package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.grouployalty.domain.customer.CommChannel;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.Email;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.Mobile;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.Warning;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Step 2 of API.md §3.3, for each profile of the item in turn: names replace the stored ones (cut at 100 code points with
 * 91015), new identifiers join the profile (8007 when another customer holds one; one of a type it holds with another
 * value is skipped with 91006), cards link ({@link CardRules}), channels upsert by (type, value) skipping an invalid
 * email or mobile (8055, 8056 as warnings 8057, 8058), and custom fields merge by key (1017).
 */
public final class ProfileMerge {

    public static final int NAME_MAX_LENGTH = 100;

    private ProfileMerge() {
    }

    public static Either<Rejection, Judged> judge(Judged judged, List<LocatedProfile> profiles) {
        Either<Rejection, Judged> merged = Either.right(judged);
        for (LocatedProfile profile : profiles) {
            merged = merged.flatMap(current -> merge(current, profile));
        }
        return merged;
    }

    private static Either<Rejection, Judged> merge(Judged judged, LocatedProfile given) {
        World world = judged.world();
        Customer customer = judged.customer();
        Profile stored = customer.profile(given.key()).getOrElse(() -> Profile.empty(given.key(), world.context().now(),
                world.context().till()));
        Warned<Option<String>> first = name(given.input().firstName(), "firstName", stored.firstName());
        Warned<Option<String>> last = name(given.input().lastName(), "lastName", stored.lastName());
        return identifiers(world, customer.id(), stored, given.others())
                .flatMap(added -> CardRules.given(world, customer, given.cards())
                        .flatMap(cards -> fields(world, stored.fields(), given.input().fields()).map(fields -> {
                            Warned<List<CommChannel>> channels = channels(stored.channels(), given.input().channels());
                            Profile merged = stored.with(first.value(), last.value(), added.value(),
                                    CardRules.linked(customer, stored, cards), channels.value(), fields);
                            Customer updated = CardRules.restatusedElsewhere(world, customerWith(world, customer, stored, merged),
                                    given.key(), cards);
                            return new Warned<>(updated, first.warnings().appendAll(last.warnings()).appendAll(added.warnings())
                                    .appendAll(channels.warnings()));
                        })))
                .flatMap(updated -> given.cards().isEmpty() ? Either.right(updated)
                        : CardRules.withinLimits(world, updated.value()).map(within -> updated))
                .map(judged::with);
    }

    /** The customer with the merged profile, marked modified now when its content changed. */
    private static Customer customerWith(World world, Customer customer, Profile stored, Profile merged) {
        return merged.sameContentAs(stored) ? customer
                : customer.withProfile(merged.modified(world.context().now(), world.context().till()));
    }

    /** A name as given, trimmed; longer than 100 code points, however long, it is cut there with a warning (§6.54). */
    static Warned<Option<String>> name(Option<String> given, String field, Option<String> stored) {
        if (given.isEmpty()) {
            return Warned.of(stored);
        }
        String trimmed = given.get().strip();
        if (trimmed.codePointCount(0, trimmed.length()) <= NAME_MAX_LENGTH) {
            return Warned.of(Option.of(trimmed));
        }
        return Warned.warned(Option.of(trimmed.substring(0, trimmed.offsetByCodePoints(0, NAME_MAX_LENGTH))),
                Warning.of(ErrorCode.FIELD_NOT_UPDATED, field));
    }

    /** New identifiers join the profile; one of a type the profile already holds with another value is skipped (§6.5). */
    static Either<Rejection, Warned<List<Identifier>>> identifiers(World world, CustomerId customer, Profile profile,
                                                                   List<Located> given) {
        Warned<List<Identifier>> held = Warned.of(profile.identifiers());
        for (Located located : given) {
            Identifier identifier = located.identifier();
            List<Identifier> current = held.value();
            if (current.contains(identifier)) {
                continue;
            }
            if (current.exists(other -> other.type() == identifier.type())) {
                held = held.warn(Warning.of(ErrorCode.UPDATE_NOT_ALLOWED, identifier.type().spelling()));
                continue;
            }
            if (world.holderOf(profile.key(), identifier).exists(other -> !other.equals(customer))) {
                return Either.left(Rejection.conflict(ErrorCode.IDENTIFIER_TAKEN, identifier));
            }
            held = held.map(ids -> ids.append(identifier));
        }
        return Either.right(held);
    }

    /** Channels are upserted by (type, value), keeping what the item omits; an invalid email or mobile is skipped with a warning. */
    static Warned<List<CommChannel>> channels(List<CommChannel> stored, List<ChannelInput> given) {
        Warned<List<CommChannel>> channels = Warned.of(stored);
        for (ChannelInput input : given) {
            Either<Warning, String> value = channelValue(input);
            if (value.isLeft()) {
                channels = channels.warn(value.getLeft());
                continue;
            }
            channels = channels.map(current -> upserted(current, input, value.get()));
        }
        return channels;
    }

    private static List<CommChannel> upserted(List<CommChannel> channels, ChannelInput input, String value) {
        CommChannel fresh = CommChannel.unflagged(input.type(), value);
        CommChannel sent = channels.find(fresh::sameAs).getOrElse(fresh).updatedBy(input);
        List<CommChannel> others = channels.filter(each -> !each.sameAs(sent))
                .map(each -> sent.primary() && each.type().equals(sent.type()) ? each.demoted() : each);
        int position = channels.indexWhere(each -> each.sameAs(sent));
        return position < 0 ? others.append(sent) : others.insert(Math.min(position, others.size()), sent);
    }

    private static Either<Warning, String> channelValue(ChannelInput input) {
        String value = input.value() == null ? "" : input.value().strip();
        if (input.type().equalsIgnoreCase("email")) {
            return Email.parse(value).map(Email::address).toEither(() -> Warning.of(ErrorCode.CHANNEL_EMAIL_INVALID, value));
        }
        if (input.type().equalsIgnoreCase("mobile")) {
            return Mobile.parse(value).map(Mobile::digits).toEither(() -> Warning.of(ErrorCode.CHANNEL_MOBILE_INVALID, value));
        }
        return Either.right(value);
    }

    /** Custom fields merge by key; each must be one of the org's (1017) and a string of at most 1000 characters (400). */
    static Either<Rejection, Map<String, String>> fields(World world, Map<String, String> stored, Map<String, String> given) {
        if (given.isEmpty()) {
            return Either.right(stored);
        }
        Option<String> tooLong = given.find(field -> field._2.length() > Text.MAX_LENGTH).map(field -> field._1);
        if (tooLong.isDefined()) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT,
                    "field " + tooLong.get() + " is longer than " + Text.MAX_LENGTH + " characters"));
        }
        List<String> allowed = world.reference().customFields();
        return given.keySet().toList().find(name -> !allowed.contains(name))
                .map(name -> Either.<Rejection, Map<String, String>>left(Rejection.invalid(ErrorCode.CUSTOM_FIELD_INVALID, name)))
                .getOrElse(() -> Either.right(stored.merge(given, (old, sent) -> sent)));
    }
}
