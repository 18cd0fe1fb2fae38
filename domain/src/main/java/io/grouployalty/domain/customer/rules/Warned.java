package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.Warning;
import io.vavr.collection.List;

import java.util.function.Function;

/** A value a rule settled on and the warnings it gave on the way. */
public record Warned<T>(T value, List<Warning> warnings) {

    public static <T> Warned<T> of(T value) {
        return new Warned<>(value, List.empty());
    }

    public static <T> Warned<T> warned(T value, Warning warning) {
        return new Warned<>(value, List.of(warning));
    }

    public Warned<T> warn(Warning warning) {
        return new Warned<>(value, warnings.append(warning));
    }

    public <U> Warned<U> map(Function<T, U> change) {
        return new Warned<>(change.apply(value), warnings);
    }
}
