package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.ToIntFunction;

/**
 * How much one customer may hold (API.md §6.49). An item may not raise a count over its bound nor send a longer channel
 * value (1060, naming the bound); what a customer held over a bound before stays, and items that add nothing to it pass.
 */
public final class CustomerBounds {

    private static final Bound CHANNELS = new Bound("commChannels", 100,
            customer -> customer.profiles().map(profile -> profile.channels().size()).sum().intValue());
    private static final Bound CARDS = new Bound("cards", 100, customer -> customer.cards().size());
    private static final Bound EXTENDED_FIELDS = new Bound("extendedFields", 200, customer -> customer.extendedFields().size());
    private static final int MAX_CHANNEL_VALUE_LENGTH = 1000;

    private static final List<Bound> COUNTS = List.of(CHANNELS, CARDS, EXTENDED_FIELDS);

    private CustomerBounds() {
    }

    /** A count a customer holds, and the most an item may raise it to. */
    private record Bound(String name, int max, ToIntFunction<Customer> count) {

        boolean raisedOver(Option<Customer> before, Customer after) {
            int held = count.applyAsInt(after);
            return held > max && held > before.map(count::applyAsInt).getOrElse(0);
        }
    }

    /** The customer as the item merged it, unless the item sent too long a channel value or raised a count over its bound. */
    public static Either<Rejection, Customer> judge(Option<Customer> before, Customer after, List<ProfileInput> sent) {
        if (sent.flatMap(ProfileInput::channels).exists(CustomerBounds::tooLong)) {
            return Either.left(Rejection.invalid(ErrorCode.BATCH_LIMIT_EXCEEDED,
                    MAX_CHANNEL_VALUE_LENGTH + " characters in a commChannels value"));
        }
        return COUNTS.find(bound -> bound.raisedOver(before, after))
                .map(bound -> Either.<Rejection, Customer>left(Rejection.conflict(ErrorCode.BATCH_LIMIT_EXCEEDED,
                        bound.max() + " " + bound.name() + " per customer")))
                .getOrElse(Either.right(after));
    }

    private static boolean tooLong(ChannelInput channel) {
        return channel.value() != null && channel.value().length() > MAX_CHANNEL_VALUE_LENGTH;
    }
}
