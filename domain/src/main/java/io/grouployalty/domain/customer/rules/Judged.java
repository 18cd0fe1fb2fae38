package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.Warning;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * A customer as judged so far, the world it is judged in, and what judging it said: the warnings, and which customers
 * the item registers. {@code registering} is true for an association (POST), which registers whom it finds nowhere.
 */
public record Judged(World world, Option<Customer> before, Customer customer, List<Warning> warnings, List<CustomerId> registered,
                     boolean registering) {

    public Judged {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(registered, "registered");
    }

    /** A stored customer found by the item. */
    public static Judged found(World world, Customer stored, boolean registering) {
        return new Judged(world, Option.of(stored), stored, List.empty(), List.empty(), registering);
    }

    /** A customer the item registers, taking the next drawn id. */
    public static Judged registered(World world, Customer blank, boolean registering) {
        return new Judged(world, Option.none(), blank, List.empty(), List.of(blank.id()), registering);
    }

    public ItemContext context() {
        return world.context();
    }

    public Judged with(Customer changed) {
        return new Judged(world, before, changed, warnings, registered, registering);
    }

    public Judged with(World changed) {
        return new Judged(changed, before, customer, warnings, registered, registering);
    }

    public Judged warn(Warning warning) {
        return new Judged(world, before, customer, warnings.append(warning), registered, registering);
    }

    /** The customer as a rule settled it, with the rule's warnings. */
    public Judged with(Warned<Customer> changed) {
        return new Judged(world, before, changed.value(), warnings.appendAll(changed.warnings()), registered, registering);
    }

    /** Another customer judged for this item (a parent or child it registers), its world, warnings and registrations kept. */
    public Judged withAside(Judged other) {
        return new Judged(other.world, before, customer, warnings.appendAll(other.warnings), registered.appendAll(other.registered),
                registering);
    }

    /** The same world, registrations and mode for judging another customer, with no warnings yet. */
    public Judged aside(Option<Customer> stored, Customer other) {
        return new Judged(world, stored, other, List.empty(), List.empty(), registering);
    }
}
