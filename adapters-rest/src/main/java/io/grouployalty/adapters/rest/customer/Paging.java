package io.grouployalty.adapters.rest.customer;

import io.vavr.control.Option;

/** Reads paging parameters: a whole number in range, or the default when absent. */
final class Paging {

    private Paging() {
    }

    static Option<Integer> number(String raw, int fallback, int min, int max) {
        if (raw == null) {
            return Option.of(fallback);
        }
        String value = raw.strip();
        if (!value.matches("-?[0-9]{1,9}")) {
            return Option.none();
        }
        int number = Integer.parseInt(value);
        return number < min || number > max ? Option.none() : Option.of(number);
    }
}
