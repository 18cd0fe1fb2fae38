package io.grouployalty.adapters.rest.json;

import io.vavr.Function2;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.function.Function;

/**
 * Readings of request members as {@link Validation}s: the value (none when the member is absent) or every problem found,
 * each with the place it is at, so that one 400 lists them all (API.md §3.3, §6.18, §6.40).
 */
public final class Readings {

    private Readings() {
    }

    public static <T> Validation<Seq<String>, Option<T>> none() {
        return Validation.valid(Option.none());
    }

    public static <T> Validation<Seq<String>, Option<T>> given(T value) {
        return Validation.valid(Option.of(value));
    }

    public static <T> Validation<Seq<String>, T> problem(String path, String reason) {
        return Validation.invalid(List.of(path + " " + reason));
    }

    /** The problems of several readings combined, in the order of the readings. */
    public static <T> Validation<Seq<String>, T> flat(Validation<Seq<Seq<String>>, T> combined) {
        return combined.mapError(problems -> problems.flatMap(Function.identity()));
    }

    /** {@code then}, after the problems of a reading whose value nothing keeps. */
    public static <T> Validation<Seq<String>, T> after(Validation<Seq<String>, ?> first, Validation<Seq<String>, T> then) {
        return flat(Validation.combine(first, then).ap((ignored, value) -> value));
    }

    /** What {@code outer} read, read further by {@code inner}; {@code otherwise} when it read nothing. */
    public static <T, U> Validation<Seq<String>, U> inside(Validation<Seq<String>, Option<T>> outer, Function<T, Validation<Seq<String>, U>> inner,
                                                          U otherwise) {
        return outer.flatMap(value -> value.map(inner).getOrElse(() -> Validation.valid(otherwise)));
    }

    /** The value of a reading, none when it found a problem. */
    public static <T> Option<T> valueOf(Validation<Seq<String>, Option<T>> reading) {
        return reading.fold(problems -> Option.none(), Function.identity());
    }

    /** Each element read with its index, every problem of every element kept. */
    public static <T, U> Validation<Seq<String>, List<U>> each(List<T> elements, Function2<T, Integer, Validation<Seq<String>, U>> reader) {
        return Validation.traverse(elements.zipWithIndex(), element -> reader.apply(element._1, element._2)).map(List::ofAll);
    }

    /** The members of a JSON object read one by one, in their order; those read as none are left out. */
    public static <V> Validation<Seq<String>, Map<String, V>> members(java.util.Map<String, Scalar> object, String path,
                                                                     Function2<Scalar, String, Validation<Seq<String>, Option<V>>> reader) {
        return Validation.traverse(object.entrySet(), member -> reader.apply(member.getValue(), path + "." + member.getKey())
                        .map(value -> value.map(read -> Tuple.of(member.getKey(), read))))
                .map(values -> LinkedHashMap.ofEntries(values.flatMap(Function.identity())));
    }

    /** A request body that must be a JSON object. */
    public static <T> Validation<Seq<String>, T> body(Nested<T> body) {
        return Option.of(body).flatMap(Nested::given).toValidation(() -> List.of("body must be a JSON object"));
    }
}
