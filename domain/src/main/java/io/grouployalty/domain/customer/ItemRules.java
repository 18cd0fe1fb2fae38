package io.grouployalty.domain.customer;

import io.grouployalty.domain.Text;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.RequestDate;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.company.CompanyFacts;
import io.grouployalty.domain.company.CompanyRules;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.EnrollmentInput;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.Role;
import io.grouployalty.domain.hierarchy.RoleCode;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.function.IntSupplier;

/**
 * The rules of API.md §3.3 for one item, in the order the contract gives them; the first error ends the item.
 * Nothing is written here: the outcome says what the item would store.
 */
public final class ItemRules {

    public static final int NAME_MAX_LENGTH = 100;
    /** The most elements any list of an item may hold: childCustomers (API.md §1), and so profiles, identifiers, ... too. */
    public static final int MAX_LIST_SIZE = 1000;

    private final Customers customers;
    private final ReferenceData reference;

    public ItemRules(Customers customers, ReferenceData reference) {
        this.customers = customers;
        this.reference = reference;
    }

    /** Judges an update of an existing customer (PUT): the customer must be found by the item's identifiers. */
    public Either<ItemFailure, ItemOutcome> update(ItemContext context, CustomerItem item) {
        return new Judgement(context, item, false).run();
    }

    /**
     * Judges an association (POST): like an update, but the customer, its parent and its children are registered
     * when their identifiers match nobody (API.md §3.4, §6.11).
     */
    public Either<ItemFailure, ItemOutcome> associate(ItemContext context, CustomerItem item) {
        return new Judgement(context, item, true).run();
    }

    /** A located identifier: in which profile it was given, as given, and parsed. */
    private record Located(ProfileKey key, IdentifierInput input, Identifier identifier) {
    }

    private final class Judgement {

        private final ItemContext context;
        private final CustomerItem item;
        private final boolean registering;
        private final java.util.List<Warning> warnings = new ArrayList<>();
        private final java.util.List<CustomerId> registered = new ArrayList<>();
        private final java.util.List<CustomerId> childrenAssociatedNow = new ArrayList<>();
        private boolean createsCompany;
        /** The customers this item registers, as judged so far: a reference to one of them names it, not someone new. */
        private final java.util.Map<CustomerId, Customer> registrations = new java.util.LinkedHashMap<>();

        Judgement(ItemContext context, CustomerItem item, boolean registering) {
            this.context = context;
            this.item = item;
            this.registering = registering;
        }

        Either<ItemFailure, ItemOutcome> run() {
            Option<String> crowded = item.listLongerThan(MAX_LIST_SIZE);
            if (crowded.isDefined()) {
                return Either.left(new ItemFailure(Rejection.invalid(ErrorCode.BATCH_LIMIT_EXCEEDED, MAX_LIST_SIZE + " " + crowded.get()),
                        Option.none()));
            }
            Either<Rejection, List<Tuple2<ProfileInput, List<Located>>>> located = locateAll(item.profiles());
            if (located.isLeft()) {
                return Either.left(new ItemFailure(located.getLeft(), Option.none()));
            }
            Either<Rejection, Customer> found = lockedCustomer(located.get().flatMap(Tuple2::_2));
            Option<Customer> before = found.toOption();
            Either<Rejection, Customer> start = found.isLeft() && registering && found.getLeft().code() == ErrorCode.CUSTOMER_NOT_FOUND
                    ? newCustomer(located.get().flatMap(Tuple2::_2))
                    : found;
            if (start.isLeft()) {
                return Either.left(new ItemFailure(start.getLeft(), Option.none()));
            }
            Either<Rejection, ItemOutcome> outcome = mergeProfiles(start.get(), located.get())
                    .map(customer -> mergeExtendedFields(customer, item.extendedFields()))
                    .flatMap(merged -> CustomerBounds.judge(before, merged, item.profiles()))
                    .flatMap(this::convertLoyaltyType)
                    .flatMap(this::enroll)
                    .flatMap(merged -> associate(before, merged));
            warnAboutTill();
            return outcome.mapLeft(rejection -> new ItemFailure(rejection, before.map(Customer::id)))
                    .map(result -> result.withBefore(before).withRegistered(List.ofAll(registered)).withWarnings(List.ofAll(warnings)));
        }

        /** A customer to register: loyalty unless the item says otherwise; non-loyalty needs a mobile or an email (1045). */
        private Either<Rejection, Customer> newCustomer(List<Located> identifiers) {
            LoyaltyType type = item.loyaltyType().getOrElse(LoyaltyType.LOYALTY);
            boolean reachable = identifiers.exists(located -> located.identifier().type() == IdentifierType.MOBILE
                    || located.identifier().type() == IdentifierType.EMAIL);
            if (type == LoyaltyType.NON_LOYALTY && !reachable) {
                return Either.left(Rejection.invalid(ErrorCode.NON_LOYALTY_IDENTIFIER_MISSING));
            }
            return Either.right(blank(type));
        }

        private Customer blank(LoyaltyType type) {
            Customer customer = Customer.registered(customers.nextId(), type, context.now());
            registered.add(customer.id());
            return customer;
        }

        /** Another customer an item names, registered from the identifiers it is named by. */
        private Either<Rejection, Customer> registeredFrom(CustomerRef ref) {
            return locateAll(ref.profiles()).flatMap(located -> mergeProfiles(blank(LoyaltyType.LOYALTY), located))
                    .map(customer -> mergeExtendedFields(customer, ref.extendedFields()))
                    .flatMap(merged -> CustomerBounds.judge(Option.none(), merged, ref.profiles()))
                    .peek(customer -> registrations.put(customer.id(), customer));
        }

        // Step 1: find the customer.

        private Either<Rejection, List<Tuple2<ProfileInput, List<Located>>>> locateAll(List<ProfileInput> profiles) {
            if (profiles.forAll(profile -> profile.identifiers().isEmpty())) {
                return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "identifiers required"));
            }
            return Either.sequence(profiles.map(profile -> profileKey(profile)
                            .flatMap(key -> Either.sequence(profile.identifiers().map(input -> locate(key, input)))
                                    .mapLeft(errors -> errors.head())
                                    .map(all -> Tuple.of(profile, List.ofAll(all))))))
                    .mapLeft(errors -> errors.head())
                    .map(List::ofAll);
        }

        private Either<Rejection, Located> locate(ProfileKey key, IdentifierInput input) {
            return IdentifierType.parse(input.type())
                    .toEither(() -> Rejection.invalid(ErrorCode.INVALID_IDENTIFIER_NAME, input.type()))
                    .flatMap(type -> Identifier.parse(type, input.value()))
                    .map(identifier -> new Located(key, input, identifier));
        }

        private Either<Rejection, ProfileKey> profileKey(ProfileInput profile) {
            Option<Source> given = profile.source().flatMap(Source::parse);
            if (profile.source().isDefined() && given.isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE, profile.source().get()));
            }
            boolean ownSource = given.exists(source -> source != context.requestProfile().source());
            Option<String> account = profile.accountId().filter(id -> !id.isBlank());
            if (account.exists(id -> AccountId.parse(id).isLeft())) {
                return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE_ACCOUNT, account.get()));
            }
            ProfileKey wanted = new ProfileKey(given.getOrElse(context.requestProfile().source()),
                    account.isDefined() || ownSource ? account.map(AccountId::new) : context.requestProfile().account());
            return validProfileKey(wanted);
        }

        private Either<Rejection, ProfileKey> validProfileKey(ProfileKey key) {
            Option<OrgSource> enabled = reference.settings().enabledSources(context.org()).find(source -> source.source() == key.source());
            if (enabled.isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE, key.source()));
            }
            if (enabled.get().multiAccount() && key.account().isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.ACCOUNT_ID_REQUIRED, key.source()));
            }
            if (key.account().exists(account -> !enabled.get().accounts().contains(account))) {
                return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE_ACCOUNT, key.account().get()));
            }
            return Either.right(key);
        }

        /** The customer the identifiers name, locked for the rest of the unit of work and read after the lock. */
        private Either<Rejection, Customer> lockedCustomer(List<Located> identifiers) {
            return holderOf(identifiers, ErrorCode.CUSTOMER_NOT_FOUND).flatMap(id -> {
                return customers.locked(context.org(), id).toEither(() -> Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND));
            });
        }

        /** The one customer the identifiers name: none → {@code whenNone}; several → 8053, or 3009 when a card differs. */
        private Either<Rejection, CustomerId> holderOf(List<Located> identifiers, ErrorCode whenNone) {
            List<Tuple2<Located, CustomerId>> held = identifiers.flatMap(located -> holderOf(located).map(id -> Tuple.of(located, id)));
            List<CustomerId> byIdentifier = held.filter(pair -> !isCard(pair._1)).map(Tuple2::_2).distinct();
            List<CustomerId> byCard = held.filter(pair -> isCard(pair._1)).map(Tuple2::_2).distinct();
            if (byIdentifier.size() > 1) {
                return Either.left(Rejection.conflict(ErrorCode.IDENTIFIERS_OF_DIFFERENT_CUSTOMERS));
            }
            List<CustomerId> all = byIdentifier.appendAll(byCard).distinct();
            if (all.size() > 1) {
                Located card = held.find(pair -> isCard(pair._1) && !pair._2.equals(all.head())).get()._1;
                return Either.left(Rejection.conflict(ErrorCode.CARD_NUMBER_EXISTS, card.identifier().value()));
            }
            return all.headOption().toEither(() -> Rejection.notFound(whenNone,
                    identifiers.headOption().map(located -> located.identifier().toString()).getOrElse("")));
        }

        /** Who holds the identifier: a stored customer, or one this item registers. */
        private Option<CustomerId> holderOf(Located located) {
            return customers.holderOf(context.org(), located.key(), located.identifier())
                    .orElse(() -> List.ofAll(registrations.values()).find(customer -> holds(customer, located)).map(Customer::id));
        }

        /** Whether the customer holds the identifier in the profile it was given for; a card in any profile. */
        private boolean holds(Customer customer, Located located) {
            List<Profile> scope = isCard(located) ? customer.profiles() : customer.profile(located.key()).toList();
            return scope.exists(profile -> profile.holds(located.identifier()));
        }

        // Step 2: profiles.

        private Either<Rejection, Customer> mergeProfiles(Customer customer, List<Tuple2<ProfileInput, List<Located>>> profiles) {
            Either<Rejection, Customer> merged = Either.right(customer);
            for (Tuple2<ProfileInput, List<Located>> profile : profiles) {
                merged = merged.flatMap(current -> mergeProfile(current, profile._1, profile._2));
            }
            return merged;
        }

        private Either<Rejection, Customer> mergeProfile(Customer customer, ProfileInput input, List<Located> identifiers) {
            return profileKey(input).flatMap(key -> {
                Profile stored = customer.profile(key).getOrElse(() -> Profile.empty(key, context.now(), context.till()));
                Option<String> first = name(input.firstName(), "firstName", stored.firstName());
                Option<String> last = name(input.lastName(), "lastName", stored.lastName());
                return addIdentifiers(customer, stored, identifiers.filter(located -> !isCard(located)))
                        .flatMap(ids -> linkCards(customer, stored, identifiers.filter(this::isCard))
                                .flatMap(cards -> mergeFields(stored.fields(), input.fields())
                                        .map(fields -> stored.with(first, last, ids, cards,
                                                mergeChannels(stored.channels(), input.channels()), fields))))
                        .map(profile -> profile.sameContentAs(stored)
                                ? customer : customer.withProfile(profile.modified(context.now(), context.till())))
                        .map(updated -> restatusedElsewhere(updated, key, identifiers.filter(this::isCard)))
                        .flatMap(updated -> identifiers.exists(this::isCard) ? withinCardLimits(updated) : Either.right(updated));
            });
        }

        /** A name as given, trimmed; longer than 100 code points, however long, it is cut there with a warning (§6.54). */
        private Option<String> name(Option<String> given, String field, Option<String> stored) {
            if (given.isEmpty()) {
                return stored;
            }
            String trimmed = given.get().strip();
            if (trimmed.codePointCount(0, trimmed.length()) <= NAME_MAX_LENGTH) {
                return Option.of(trimmed);
            }
            warnings.add(Warning.of(ErrorCode.FIELD_NOT_UPDATED, field));
            return Option.of(trimmed.substring(0, trimmed.offsetByCodePoints(0, NAME_MAX_LENGTH)));
        }

        /** New identifiers join the profile; one of a type the profile already holds with another value is skipped (§6.5). */
        private Either<Rejection, List<Identifier>> addIdentifiers(Customer customer, Profile profile, List<Located> given) {
            List<Identifier> held = profile.identifiers();
            for (Located located : given) {
                Identifier identifier = located.identifier();
                if (held.contains(identifier)) {
                    continue;
                }
                if (held.exists(other -> other.type() == identifier.type())) {
                    warnings.add(Warning.of(ErrorCode.UPDATE_NOT_ALLOWED, identifier.type().spelling()));
                    continue;
                }
                Option<CustomerId> holder = customers.holderOf(context.org(), profile.key(), identifier);
                if (holder.exists(other -> !other.equals(customer.id()))) {
                    return Either.left(Rejection.conflict(ErrorCode.IDENTIFIER_TAKEN, identifier));
                }
                held = held.append(identifier);
            }
            return Either.right(held);
        }

        /** Cards are linked to the profile, or change status where the customer holds them already (in any profile). */
        private Either<Rejection, List<Card>> linkCards(Customer customer, Profile profile, List<Located> given) {
            List<Card> cards = profile.cards();
            for (Located located : given) {
                Either<Rejection, Card> card = card(customer, located);
                if (card.isLeft()) {
                    return Either.left(card.getLeft());
                }
                Card linked = card.get();
                boolean heldElsewhere = customer.profiles().exists(other -> !other.key().equals(profile.key())
                        && other.cards().exists(each -> each.number().equals(linked.number())));
                if (!heldElsewhere) {
                    cards = cards.exists(each -> each.number().equals(linked.number()))
                            ? cards.map(each -> each.number().equals(linked.number()) ? linked : each)
                            : cards.append(linked);
                }
            }
            return Either.right(cards);
        }

        /** Status changes of cards the customer holds in other profiles than the one an item's profile names. */
        private Customer restatusedElsewhere(Customer customer, ProfileKey key, List<Located> given) {
            Customer updated = customer;
            for (Located located : given) {
                Option<Card> card = card(customer, located).toOption();
                for (Profile other : updated.profiles().filter(each -> !each.key().equals(key))) {
                    if (card.isDefined() && other.cards().exists(each -> each.number().equals(card.get().number()))) {
                        Profile restatused = other.with(other.firstName(), other.lastName(), other.identifiers(),
                                other.cards().map(each -> each.number().equals(card.get().number()) ? card.get() : each),
                                other.channels(), other.fields());
                        updated = restatused.sameContentAs(other) ? updated : updated.withProfile(restatused.modified(context.now(), context.till()));
                    }
                }
            }
            return updated;
        }

        /** A card as the item gives it; one the customer holds, sent without a status label, keeps its label and status (§6.10). */
        private Either<Rejection, Card> card(Customer customer, Located located) {
            IdentifierInput input = located.input();
            Option<CardSeriesDefinition> series = input.seriesId().flatMap(id -> reference.cardSeries().byId(context.org(), id))
                    .orElse(() -> input.seriesCode().flatMap(code -> reference.cardSeries().byCode(context.org(), code.strip())));
            if (series.isEmpty()) {
                return Either.left(Rejection.notFound(ErrorCode.CARD_SERIES_UNKNOWN,
                        input.seriesId().map(String::valueOf).orElse(input.seriesCode()).getOrElse("(none given)")));
            }
            Option<Card> held = customer.cards().find(card -> card.number().equals(located.identifier().value()));
            if (input.statusLabel().isEmpty() && held.isDefined()) {
                return Either.right(new Card(held.get().number(), series.get().id(), held.get().statusLabel(), held.get().status()));
            }
            String label = input.statusLabel().map(String::strip).getOrElse(CardSeriesDefinition.DEFAULT_LABEL);
            Option<String> declared = series.get().declaredLabel(label);
            if (declared.isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.CARD_STATUS_LABEL_INVALID, label));
            }
            Option<CustomerId> holder = customers.holderOf(context.org(), located.key(), located.identifier());
            if (holder.exists(other -> !other.equals(customer.id()))) {
                return Either.left(Rejection.conflict(ErrorCode.CARD_NUMBER_EXISTS, located.identifier().value()));
            }
            return Either.right(new Card(located.identifier().value(), series.get().id(), declared.get(),
                    series.get().statusOf(declared.get()).get()));
        }

        private Either<Rejection, Customer> withinCardLimits(Customer customer) {
            for (CardSeriesDefinition series : reference.cardSeries().all(context.org())) {
                long active = customer.cards().count(card -> card.seriesId() == series.id() && card.active());
                if (active > series.maxActivePerCustomer()) {
                    return Either.left(Rejection.conflict(ErrorCode.ACTIVE_CARDS_EXCEEDED, series.code()));
                }
            }
            return Either.right(customer);
        }

        /** Channels are upserted by (type, value), keeping what the item omits; an invalid email or mobile is skipped with a warning. */
        private List<CommChannel> mergeChannels(List<CommChannel> stored, List<ChannelInput> given) {
            List<CommChannel> channels = stored;
            for (ChannelInput input : given) {
                Option<String> value = channelValue(input);
                if (value.isEmpty()) {
                    continue;
                }
                CommChannel fresh = CommChannel.unflagged(input.type(), value.get());
                CommChannel sent = channels.find(fresh::sameAs).getOrElse(fresh).updatedBy(input);
                List<CommChannel> others = channels.filter(each -> !each.sameAs(sent))
                        .map(each -> sent.primary() && each.type().equals(sent.type()) ? each.demoted() : each);
                int position = channels.indexWhere(each -> each.sameAs(sent));
                channels = position < 0 ? others.append(sent) : others.insert(Math.min(position, others.size()), sent);
            }
            return channels;
        }

        private Option<String> channelValue(ChannelInput input) {
            String value = input.value() == null ? "" : input.value().strip();
            if (input.type().equalsIgnoreCase("email")) {
                Option<Email> email = Email.parse(value);
                if (email.isEmpty()) {
                    warnings.add(Warning.of(ErrorCode.CHANNEL_EMAIL_INVALID, value));
                    return Option.none();
                }
                value = email.get().address();
            }
            if (input.type().equalsIgnoreCase("mobile")) {
                Option<Mobile> mobile = Mobile.parse(value);
                if (mobile.isEmpty()) {
                    warnings.add(Warning.of(ErrorCode.CHANNEL_MOBILE_INVALID, value));
                    return Option.none();
                }
                value = mobile.get().digits();
            }
            return Option.of(value);
        }

        private Either<Rejection, Map<String, String>> mergeFields(Map<String, String> stored, Map<String, String> given) {
            if (given.isEmpty()) {
                return Either.right(stored);
            }
            Option<String> tooLong = given.find(field -> field._2.length() > Text.MAX_LENGTH).map(field -> field._1);
            if (tooLong.isDefined()) {
                return Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "field " + tooLong.get() + " is longer than " + Text.MAX_LENGTH + " characters"));
            }
            List<String> allowed = reference.settings().customFields(context.org());
            return given.keySet().toList().find(name -> !allowed.contains(name))
                    .map(name -> Either.<Rejection, Map<String, String>>left(Rejection.invalid(ErrorCode.CUSTOM_FIELD_INVALID, name)))
                    .getOrElse(() -> Either.right(stored.merge(given, (old, sent) -> sent)));
        }

        // Step 3: extended fields.

        private Customer mergeExtendedFields(Customer customer, Map<String, CustomerItem.FieldInput> given) {
            if (given.isEmpty()) {
                return customer;
            }
            List<ExtendedFieldDefinition> definitions = reference.settings().extendedFields(context.org());
            Map<String, FieldValue> fields = customer.extendedFields();
            for (Tuple2<String, CustomerItem.FieldInput> field : given) {
                Option<FieldValue> value = definitions.find(definition -> definition.name().equals(field._1))
                        .flatMap(definition -> ExtendedFieldValues.judge(definition, field._2));
                if (value.isEmpty()) {
                    warnings.add(Warning.of(ErrorCode.FIELD_NOT_UPDATED, field._1));
                } else {
                    fields = fields.put(field._1, value.get());
                }
            }
            return customer.withExtendedFields(fields);
        }

        // Step 4: loyalty type.

        private Either<Rejection, Customer> convertLoyaltyType(Customer customer) {
            if (item.loyaltyType().contains(LoyaltyType.NON_LOYALTY) && customer.loyaltyType() == LoyaltyType.LOYALTY) {
                return Either.left(Rejection.conflict(ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED));
            }
            return Either.right(customer.withLoyaltyType(item.loyaltyType().getOrElse(customer.loyaltyType())));
        }

        // Step 5: enrollments.

        private Either<Rejection, Customer> enroll(Customer customer) {
            List<Enrollment> enrollments = customer.enrollments();
            for (EnrollmentInput input : item.enrollments()) {
                Either<Rejection, Option<Enrollment>> judged = enrollment(enrollments, input);
                if (judged.isLeft()) {
                    return Either.left(judged.getLeft());
                }
                enrollments = enrollments.appendAll(judged.get());
            }
            return Either.right(customer.withEnrollments(enrollments));
        }

        private Either<Rejection, Option<Enrollment>> enrollment(List<Enrollment> held, EnrollmentInput input) {
            if (input.programId() <= 0) {
                return Either.left(Rejection.notFound(ErrorCode.PROGRAM_INVALID, "programId " + input.programId()));
            }
            ProgramId id = new ProgramId(input.programId());
            Option<Program> program = reference.programs().byId(context.org(), id);
            if (program.isEmpty()) {
                return Either.left(Rejection.notFound(ErrorCode.PROGRAM_INVALID, "programId " + id));
            }
            Option<Tier> tier = input.tierNumber().map(number -> program.get().tier(number)).getOrElse(program.get().tiers().headOption());
            if (tier.isEmpty()) {
                return Either.left(Rejection.notFound(ErrorCode.PROGRAM_INVALID,
                        "tier " + input.tierNumber().map(String::valueOf).getOrElse("(none)") + " of program " + id));
            }
            if (held.exists(enrollment -> enrollment.program().equals(id))) {
                warnings.add(Warning.of(ErrorCode.UPDATE_NOT_ALLOWED, "enrollment in program " + id));
                return Either.right(Option.none());
            }
            return expiry(input.tierExpiryDate(), "tierExpiryDate")
                    .flatMap(tierExpiry -> expiry(input.pointsExpiryDate(), "pointsExpiryDate")
                            .flatMap(pointsExpiry -> credited(input.points())
                                    .map(points -> Option.of(new Enrollment(id, tier.get().number(), points, tierExpiry, pointsExpiry,
                                            context.now())))));
        }

        /** The points an enrollment credits: none below zero (400). */
        private Either<Rejection, Long> credited(long points) {
            return points < 0
                    ? Either.left(Rejection.invalid(ErrorCode.INVALID_INPUT, "loyaltyPoints must not be negative"))
                    : Either.right(points);
        }

        private Either<Rejection, Option<Instant>> expiry(Option<String> raw, String field) {
            if (raw.isEmpty()) {
                return Either.right(Option.none());
            }
            Option<Instant> parsed = RequestDate.parse(raw.get(), context.zone());
            if (parsed.isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.DATE_FORMAT_INVALID, field));
            }
            if (parsed.get().isBefore(context.now())) {
                return Either.left(Rejection.invalid(ErrorCode.DATE_IN_PAST, field));
            }
            if (parsed.get().isAfter(context.now().atOffset(context.zone()).plusYears(100).toInstant())) {
                return Either.left(Rejection.invalid(ErrorCode.DATE_TOO_FAR, field));
            }
            return Either.right(parsed);
        }

        // Step 6: association.

        private Either<Rejection, ItemOutcome> associate(Option<Customer> before, Customer customer) {
            if (item.association().isEmpty()) {
                return Either.right(unassociated(customer));
            }
            if (before.isEmpty()) {
                registrations.put(customer.id(), customer);
            }
            AssociationInput input = item.association().get();
            return hierarchy(customer, input).flatMap(hierarchy -> {
                if (hierarchy.isEmpty()) {
                    return withoutHierarchy(customer, input);
                }
                return role(customer, hierarchy.get(), input)
                        .flatMap(role -> company(customer, hierarchy.get(), input)
                                .flatMap(company -> parent(customer, hierarchy.get(), role, company, input)
                                        .flatMap(parent -> children(customer, hierarchy.get(), role, company, parent, input)
                                                .map(children -> new ItemOutcome(Option.none(),
                                                        customer.withAssociation(new Association(hierarchy.get().code(), role.code(),
                                                                company.id(), parent.map(Customer::id))),
                                                        parent, children, before.flatMap(Customer::association).isEmpty(),
                                                        List.ofAll(childrenAssociatedNow), Option.of(hierarchy.get()),
                                                        Option.of(company), createsCompany, List.empty(), List.empty())))));
            });
        }

        /**
         * An item for a customer in no hierarchy that names none: naming a parent or children without a role is 1615 (§6.33),
         * naming anything else of an association 1701, since hierarchy, role and company come together.
         */
        private Either<Rejection, ItemOutcome> withoutHierarchy(Customer customer, AssociationInput input) {
            boolean links = !(input.parent() instanceof ParentChange.Keep) || input.children().exists(children -> !children.isEmpty());
            if (links && given(input.roleCode()).isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.ROLE_CODE_INVALID, "none given"));
            }
            boolean associates = links || given(input.roleCode()).isDefined() || given(input.childRoleCode()).isDefined()
                    || input.fleetCompany().exists(company -> !company.externalId().isBlank());
            return associates
                    ? Either.left(Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, "none given"))
                    : Either.right(unassociated(customer));
        }

        private ItemOutcome unassociated(Customer customer) {
            Option<Hierarchy> hierarchy = customer.association().flatMap(association ->
                    reference.hierarchies().byCode(context.org(), association.hierarchy()));
            Option<Company> company = customer.association().flatMap(association ->
                    reference.companies().byId(context.org(), association.company()));
            Option<Customer> parent = customer.parent().flatMap(id -> customers.byId(context.org(), id));
            return new ItemOutcome(Option.none(), customer, parent, List.empty(), false, List.empty(), hierarchy, company, false,
                    List.empty(), List.empty());
        }

        /** The hierarchy: as given (1701), active unless it is the customer's own (1610), the stored one (1626); or the stored one. */
        private Either<Rejection, Option<Hierarchy>> hierarchy(Customer customer, AssociationInput input) {
            Option<HierarchyCode> stored = customer.association().map(Association::hierarchy);
            Option<String> code = given(input.hierarchyCode());
            if (code.isEmpty()) {
                return Either.right(stored.flatMap(own -> reference.hierarchies().byCode(context.org(), own)));
            }
            Option<Hierarchy> named = HierarchyCode.parse(code.get()).toOption()
                    .flatMap(valid -> reference.hierarchies().byCode(context.org(), valid));
            if (named.isEmpty()) {
                return Either.left(Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, code.get()));
            }
            if (stored.contains(named.get().code())) {
                return Either.right(named);
            }
            return open(named.get())
                    .filterOrElse(other -> stored.isEmpty(), other -> Rejection.conflict(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED))
                    .map(Option::of);
        }

        /** The role: a role of the hierarchy (1615) and the same as the stored one (1627), or the stored one. */
        private Either<Rejection, Role> role(Customer customer, Hierarchy hierarchy, AssociationInput input) {
            Option<RoleCode> stored = customer.association().map(Association::role);
            Option<String> code = given(input.roleCode());
            if (code.isEmpty()) {
                return stored.flatMap(own -> hierarchy.roles().role(own))
                        .toEither(() -> Rejection.invalid(ErrorCode.ROLE_CODE_INVALID, "none given"));
            }
            Option<Role> role = RoleCode.parse(code.get()).toOption().flatMap(hierarchy.roles()::role);
            if (role.isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.ROLE_CODE_INVALID, code.get()));
            }
            if (stored.exists(other -> !other.equals(role.get().code()))) {
                return Either.left(Rejection.conflict(ErrorCode.ROLE_CHANGE_NOT_ALLOWED));
            }
            return Either.right(role.get());
        }

        /**
         * The company: found by externalId (1704) or created when name and hierarchy come with it; active unless it is the
         * customer's own (1705); of the customer's hierarchy (1616); the same as the stored one (1628).
         */
        private Either<Rejection, Company> company(Customer customer, Hierarchy hierarchy, AssociationInput input) {
            Option<Company> stored = customer.association().flatMap(association ->
                    reference.companies().byId(context.org(), association.company()));
            if (input.fleetCompany().isEmpty()) {
                return stored.toEither(() -> Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, "none given"));
            }
            CompanyInput given = input.fleetCompany().get();
            Option<Company> existing = ExternalId.parse(given.externalId()).toOption()
                    .flatMap(valid -> reference.companies().byExternalId(context.org(), valid));
            Either<Rejection, Company> company = existing.isDefined() ? Either.right(existing.get())
                    : given.name().isDefined() && given.hierarchyDefinitionCode().isDefined()
                    ? createCompany(given)
                    : Either.left(Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, given.externalId()));
            return company
                    .flatMap(found -> stored.exists(own -> own.id().equals(found.id())) ? Either.right(found) : open(found))
                    .filterOrElse(found -> found.hierarchy().equals(hierarchy.code()),
                            found -> Rejection.conflict(ErrorCode.COMPANY_HIERARCHY_MISMATCH, hierarchy.code()))
                    .filterOrElse(found -> stored.forAll(other -> other.id().equals(found.id())),
                            found -> Rejection.conflict(ErrorCode.COMPANY_CHANGE_NOT_ALLOWED));
        }

        private Either<Rejection, Company> createCompany(CompanyInput given) {
            CompanyDraft draft = new CompanyDraft(given.externalId(), given.name().get(), given.hierarchyDefinitionCode().get(),
                    Option.none(), io.vavr.collection.LinkedHashMap.empty());
            CompanyFacts facts = CompanyFacts.forRegistration(
                    HierarchyCode.parse(draft.hierarchyDefinitionCode()).toOption().flatMap(code -> reference.hierarchies().byCode(context.org(), code)),
                    ExternalId.parse(draft.externalId()).toOption().flatMap(id -> reference.companies().byExternalId(context.org(), id)),
                    Option.none());
            return CompanyRules.register(facts, reference.companies().nextId(), draft, context.now())
                    .flatMap(company -> reference.companies().save(context.org(), company))
                    .peek(company -> createsCompany = true);
        }

        /** The parent: kept, detached, or the one attached to. */
        private Either<Rejection, Option<Customer>> parent(Customer customer, Hierarchy hierarchy, Role role, Company company,
                                                          AssociationInput input) {
            return input.parent().fold(
                    () -> Either.right(customer.parent().flatMap(id -> customers.byId(context.org(), id))),
                    () -> Either.right(Option.none()),
                    ref -> attached(customer, hierarchy, role, company, ref));
        }

        /** A parent to attach to, checked by the rules of §3.3 step 6. */
        private Either<Rejection, Option<Customer>> attached(Customer customer, Hierarchy hierarchy, Role role, Company company,
                                                            CustomerRef ref) {
            Either<Rejection, CustomerId> named = named(ref);
            if (registering && named.isLeft() && named.getLeft().code() == ErrorCode.CUSTOMER_NOT_REGISTERED) {
                return registeredParent(ref, hierarchy, role, company);
            }
            return named.flatMap(id -> {
                if (id.equals(customer.id())) {
                    return Either.left(Rejection.invalid(ErrorCode.CYCLIC_HIERARCHY));
                }
                Customer parent = customers.locked(context.org(), id).get();
                Option<Association> association = parent.association();
                if (association.isEmpty() || !association.get().company().equals(company.id())) {
                    return Either.left(Rejection.conflict(ErrorCode.DIFFERENT_COMPANIES));
                }
                RoleCode parentRole = association.get().role();
                if (!hierarchy.mayParent(parentRole, role.code())) {
                    return Either.left(Rejection.conflict(ErrorCode.PARENT_ROLE_MISMATCH, parent.id()));
                }
                if (ancestorsOf(parent).contains(customer.id())) {
                    return Either.left(Rejection.conflict(ErrorCode.CYCLIC_HIERARCHY));
                }
                return joinable(hierarchy, company, parentRole, () -> customers.childCount(context.org(), id),
                        customer.parent().contains(id) ? 0 : 1).map(joined -> Option.of(parent));
            });
        }

        /** A parent registered by this item, with the direct parent role of the customer's role (§6.11), taking the customer (§6.52). */
        private Either<Rejection, Option<Customer>> registeredParent(CustomerRef ref, Hierarchy hierarchy, Role role, Company company) {
            Option<Role> parentRole = hierarchy.roles().parentOf(role.code());
            if (parentRole.isEmpty()) {
                return Either.left(Rejection.conflict(ErrorCode.PARENT_ROLE_MISMATCH, "(new)"));
            }
            return joinable(hierarchy, company, parentRole.get().code(), () -> 0, 1)
                    .flatMap(joined -> registeredFrom(ref))
                    .map(parent -> Option.of(parent.withAssociation(
                            new Association(hierarchy.code(), parentRole.get().code(), company.id(), Option.none()))));
        }

        /** The named children, each given the child role and this company and parent. */
        private Either<Rejection, List<Customer>> children(Customer customer, Hierarchy hierarchy, Role role, Company company,
                                                            Option<Customer> parent, AssociationInput input) {
            List<CustomerRef> named = input.children().getOrElse(List.empty());
            if (named.isEmpty()) {
                return Either.right(List.empty());
            }
            Option<Role> childRole = given(input.childRoleCode())
                    .map(code -> RoleCode.parse(code).toOption().flatMap(requested -> hierarchy.childRole(role.code(), requested)))
                    .getOrElse(() -> hierarchy.childRole(role.code()));
            if (childRole.isEmpty()) {
                return Either.left(Rejection.invalid(ErrorCode.CHILD_ROLE_NOT_ALLOWED, input.childRoleCode().getOrElse("(none)")));
            }
            List<CustomerId> ancestors = parent.map(this::ancestorsOf).getOrElse(List.empty()).prepend(customer.id());
            List<Customer> children = List.empty();
            int newcomers = 0;
            for (CustomerRef ref : named) {
                Either<Rejection, CustomerId> id = named(ref);
                if (registering && id.isLeft() && id.getLeft().code() == ErrorCode.CUSTOMER_NOT_REGISTERED) {
                    Either<Rejection, Customer> child = registeredFrom(ref);
                    if (child.isLeft()) {
                        return Either.left(child.getLeft());
                    }
                    newcomers += 1;
                    childrenAssociatedNow.add(child.get().id());
                    children = children.append(child.get().withAssociation(
                            new Association(hierarchy.code(), childRole.get().code(), company.id(), Option.of(customer.id()))));
                    continue;
                }
                if (id.isLeft()) {
                    return Either.left(id.getLeft());
                }
                if (ancestors.contains(id.get())) {
                    return Either.left(Rejection.conflict(ErrorCode.CYCLIC_HIERARCHY));
                }
                if (children.exists(child -> child.id().equals(id.get()))) {
                    continue;
                }
                Customer child = customers.locked(context.org(), id.get()).get();
                newcomers += child.parent().contains(customer.id()) ? 0 : 1;
                if (child.association().isEmpty()) {
                    childrenAssociatedNow.add(child.id());
                }
                Either<Rejection, Customer> placed = placed(child, hierarchy, childRole.get(), company, customer.id());
                if (placed.isLeft()) {
                    return Either.left(placed.getLeft());
                }
                children = children.append(placed.get());
            }
            List<Customer> placedAll = children;
            return joinable(hierarchy, company, role.code(), () -> customers.childCount(context.org(), customer.id()), newcomers)
                    .map(joined -> placedAll);
        }

        private Either<Rejection, Customer> placed(Customer child, Hierarchy hierarchy, Role childRole, Company company, CustomerId parent) {
            Option<Association> association = child.association();
            if (association.exists(stored -> !stored.hierarchy().equals(hierarchy.code()))) {
                return Either.left(Rejection.conflict(ErrorCode.HIERARCHY_CHANGE_NOT_ALLOWED));
            }
            if (association.exists(stored -> !stored.role().equals(childRole.code()))) {
                return Either.left(Rejection.conflict(ErrorCode.ROLE_CHANGE_NOT_ALLOWED));
            }
            if (association.exists(stored -> !stored.company().equals(company.id()))) {
                return Either.left(Rejection.conflict(ErrorCode.COMPANY_CHANGE_NOT_ALLOWED));
            }
            return Either.right(child.withAssociation(new Association(hierarchy.code(), childRole.code(), company.id(), Option.of(parent))));
        }

        /**
         * The company, when {@code joining} new children may join a parent of {@code parentRole} in it: a deactivated hierarchy
         * or company takes none (1610, 1705), and the parent's children must fit its role's maxChild (1618, §6.1). Links that
         * exist need neither.
         */
        private Either<Rejection, Company> joinable(Hierarchy hierarchy, Company company, RoleCode parentRole, IntSupplier children,
                                                    int joining) {
            if (joining == 0) {
                return Either.right(company);
            }
            int max = maxChild(hierarchy, parentRole);
            return open(hierarchy).flatMap(active -> open(company))
                    .filterOrElse(active -> children.getAsInt() + joining <= max,
                            active -> Rejection.conflict(ErrorCode.MAX_CHILD_REACHED, parentRole, max));
        }

        /** A deactivated hierarchy takes no new association (1610); what it holds stays. */
        private Either<Rejection, Hierarchy> open(Hierarchy hierarchy) {
            return hierarchy.active() ? Either.right(hierarchy)
                    : Either.left(Rejection.conflict(ErrorCode.HIERARCHY_INACTIVE, hierarchy.code()));
        }

        /** A deactivated company takes no new association (1705); what it holds stays. */
        private Either<Rejection, Company> open(Company company) {
            return company.active() ? Either.right(company)
                    : Either.left(Rejection.conflict(ErrorCode.COMPANY_INACTIVE, company.externalId()));
        }

        private int maxChild(Hierarchy hierarchy, RoleCode role) {
            return hierarchy.roles().role(role).flatMap(Role::maxChild).getOrElse(0);
        }

        /** The customer named by a reference's identifiers (1621 when nobody holds them). */
        private Either<Rejection, CustomerId> named(CustomerRef ref) {
            return locateAll(ref.profiles())
                    .mapLeft(rejection -> rejection.code() == ErrorCode.INVALID_INPUT
                            ? Rejection.notFound(ErrorCode.CUSTOMER_NOT_REGISTERED, "no identifiers") : rejection)
                    .flatMap(located -> holderOf(located.flatMap(Tuple2::_2), ErrorCode.CUSTOMER_NOT_REGISTERED));
        }

        /** The customer and those above it, up to the top of its fleet. */
        private List<CustomerId> ancestorsOf(Customer customer) {
            List<CustomerId> chain = List.of(customer.id());
            Option<CustomerId> next = customer.parent();
            while (next.isDefined() && !chain.contains(next.get())) {
                chain = chain.append(next.get());
                next = customers.byId(context.org(), next.get()).flatMap(Customer::parent);
            }
            return chain;
        }

        /** Every till the item or one of its profiles is associated with must be one of the org's (91020, once per till). */
        private void warnAboutTill() {
            item.associatedWith().toList().appendAll(item.profiles().flatMap(ProfileInput::associatedWith)).distinct()
                    .filter(till -> TillCode.parse(till).toOption()
                            .flatMap(code -> reference.tills().find(code))
                            .forAll(found -> !found.belongsTo(context.org())))
                    .forEach(till -> warnings.add(Warning.of(ErrorCode.TILL_INVALID, till)));
        }

        /** A code as given: stripped, and none when blank. */
        private Option<String> given(Option<String> code) {
            return code.filter(text -> !text.isBlank()).map(String::strip);
        }

        private boolean isCard(Located located) {
            return located.identifier().type() == IdentifierType.CARDNUMBER;
        }
    }
}
