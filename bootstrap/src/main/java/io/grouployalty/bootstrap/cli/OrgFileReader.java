package io.grouployalty.bootstrap.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.grouployalty.domain.Text;
import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.company.CompanyDraft;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.Permission;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.SetupProblem;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.grouployalty.domain.org.TillSecret;
import io.grouployalty.domain.org.TillSetup;
import io.grouployalty.domain.program.Program;
import io.grouployalty.domain.program.ProgramId;
import io.grouployalty.domain.program.Tier;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an org file (YAML) into an {@link OrgSetup}, naming every field that is wrong. */
final class OrgFileReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private final Function<String, String> environment;

    OrgFileReader(Function<String, String> environment) {
        this.environment = environment;
    }

    Either<Seq<SetupProblem>, OrgSetup> read(Path file) {
        return parse(file).flatMap(this::interpret);
    }

    private static Either<Seq<SetupProblem>, OrgFile> parse(Path file) {
        try {
            OrgFile parsed = YAML.readValue(Files.readAllBytes(file), OrgFile.class);
            return parsed == null ? problem("(file)", "is empty") : Either.right(parsed);
        } catch (NoSuchFileException e) {
            return problem("(file)", "no such file: " + file);
        } catch (JsonProcessingException e) {
            return problem(pathOf(e), describe(e));
        } catch (IOException e) {
            return problem("(file)", "cannot be read: " + e.getMessage());
        }
    }

    private Either<Seq<SetupProblem>, OrgSetup> interpret(OrgFile file) {
        Validation<Seq<SetupProblem>, OrgSetup> settings = Validation.combine(
                        org(file.org()),
                        optionalSection(file.tills(), this::till, "tills"),
                        optionalSection(file.sources(), OrgFileReader::source, "sources"),
                        optionalSection(file.programs(), OrgFileReader::program, "programs"),
                        optionalSection(file.cardSeries(), OrgFileReader::cardSeries, "cardSeries"),
                        optionalSection(file.customFields(), (name, field) -> at(field, Text.singleLine(name, ExtendedFieldDefinition.NAME_MAX_LENGTH)), "customFields"),
                        optionalSection(file.extendedFields(), OrgFileReader::extendedField, "extendedFields"))
                .ap((org, tills, sources, programs, cardSeries, customFields, extendedFields) ->
                        new OrgSetup(org, tills, sources, programs, cardSeries, customFields, extendedFields, List.empty(), List.empty()))
                .mapError(OrgFileReader::flatten);
        Validation<Seq<SetupProblem>, OrgSetup> setup = Validation.combine(settings,
                        optionalSection(file.hierarchies(), OrgFileReader::hierarchy, "hierarchies"),
                        optionalSection(file.companies(), OrgFileReader::company, "companies"))
                .ap((declared, hierarchies, companies) -> declared
                        .withHierarchies(hierarchies.getOrElse(List.empty()))
                        .withCompanies(companies.getOrElse(List.empty())))
                .mapError(OrgFileReader::flatten);
        return setup.toEither();
    }

    private static Validation<Seq<SetupProblem>, Org> org(OrgFile.OrgSection org) {
        if (org == null) {
            return invalid("org", "is required");
        }
        return Validation.combine(
                        org.id() == null ? invalid("org.id", "is required")
                                : org.id() > 0 ? Validation.valid(new OrgId(org.id())) : invalid("org.id", "must be a positive number"),
                        at("org.name", Text.singleLine(org.name(), Org.NAME_MAX_LENGTH)),
                        timeZone(org.timeZone()))
                .ap(Org::new)
                .mapError(OrgFileReader::flatten);
    }

    private static Validation<Seq<SetupProblem>, ZoneOffset> timeZone(String value) {
        if (value == null) {
            return Validation.valid(ZoneOffset.UTC);
        }
        try {
            return Validation.valid(ZoneOffset.of(value.strip()));
        } catch (DateTimeException e) {
            return invalid("org.timeZone", "must be an offset such as +05:30 or Z");
        }
    }

    private Validation<Seq<SetupProblem>, TillSetup> till(OrgFile.TillEntry till, String field) {
        return Validation.combine(at(field + ".code", TillCode.parse(till.code())), secret(till, field))
                .ap(TillSetup::new)
                .mapError(OrgFileReader::flatten);
    }

    private Validation<Seq<SetupProblem>, TillSecret> secret(OrgFile.TillEntry till, String field) {
        long given = java.util.stream.Stream.of(till.password(), till.passwordEnv(), till.passwordHash()).filter(v -> v != null).count();
        if (given != 1) {
            return invalid(field, "give exactly one of password, passwordEnv and passwordHash");
        }
        if (till.passwordHash() != null) {
            return at(field + ".passwordHash", PasswordHash.parse(till.passwordHash()).map(TillSecret.Hashed::new));
        }
        if (till.passwordEnv() != null) {
            String password = environment.apply(till.passwordEnv());
            return password == null
                    ? invalid(field + ".passwordEnv", "environment variable " + till.passwordEnv() + " is not set")
                    : password(password, field + ".passwordEnv");
        }
        return password(till.password(), field + ".password");
    }

    private static Validation<Seq<SetupProblem>, TillSecret> password(String password, String field) {
        return password.isEmpty()
                ? invalid(field, "must not be empty")
                : Validation.valid(new TillSecret.Password(PasswordDigest.ofPassword(password)));
    }

    private static Validation<Seq<SetupProblem>, OrgSource> source(OrgFile.SourceEntry entry, String field) {
        Validation<Seq<SetupProblem>, Source> source = at(field + ".name", Source.parse(entry.name())
                .toEither(() -> "'" + entry.name() + "' is not a source; use one of " + List.of(Source.values()).mkString(", ")));
        Validation<Seq<SetupProblem>, List<AccountId>> accounts = optionalSection(entry.accounts(),
                (account, accountField) -> at(accountField, AccountId.parse(account)), field + ".accounts")
                .map(declared -> declared.getOrElse(List.empty()));
        return Validation.combine(source, accounts).ap((name, ids) -> name).mapError(OrgFileReader::flatten)
                .flatMap(name -> name.alwaysEnabled() && !accounts.get().isEmpty()
                        ? invalid(field + ".accounts", name + " has no accounts")
                        : Validation.valid(new OrgSource(name, accounts.get())));
    }

    private static Validation<Seq<SetupProblem>, Program> program(OrgFile.ProgramEntry entry, String field) {
        Validation<Seq<SetupProblem>, List<Tier>> tiers = optionalSection(entry.tiers(), OrgFileReader::tier, field + ".tiers")
                .map(declared -> declared.getOrElse(List.empty()))
                .flatMap(declared -> declared.map(Tier::number).distinct().size() == declared.size()
                        ? Validation.valid(declared) : invalid(field + ".tiers", "tier numbers repeat"));
        return Validation.combine(positiveId(entry.id(), field + ".id"), at(field + ".name", Text.singleLine(entry.name(), Program.NAME_MAX_LENGTH)), tiers)
                .ap((id, name, declared) -> new Program(new ProgramId(id), name, declared))
                .mapError(OrgFileReader::flatten);
    }

    private static Validation<Seq<SetupProblem>, Tier> tier(OrgFile.TierEntry entry, String field) {
        return Validation.combine(
                        entry.number() != null && entry.number() >= 1 ? Validation.valid(entry.number()) : invalid(field + ".number", "must be 1 or more"),
                        at(field + ".name", Text.singleLine(entry.name(), Program.NAME_MAX_LENGTH)))
                .ap(Tier::new)
                .mapError(OrgFileReader::flatten);
    }

    private static Validation<Seq<SetupProblem>, CardSeriesDefinition> cardSeries(OrgFile.CardSeriesEntry entry, String field) {
        java.util.Map<String, String> given = entry.statusLabels() == null
                ? java.util.Map.of(CardSeriesDefinition.DEFAULT_LABEL, CardStatus.ACTIVE.name()) : entry.statusLabels();
        Validation<Seq<SetupProblem>, Seq<Tuple2<String, CardStatus>>> labels = Validation.sequence(List.ofAll(given.entrySet())
                .map(label -> Validation.combine(
                                at(field + ".statusLabels", Text.singleLine(label.getKey(), CardSeriesDefinition.CODE_MAX_LENGTH)),
                                at(field + ".statusLabels." + label.getKey(), CardStatus.parse(label.getValue())
                                        .toEither(() -> "'" + label.getValue() + "' is not one of " + List.of(CardStatus.values()).mkString(", "))))
                        .ap(Tuple2::new).mapError(OrgFileReader::flatten)));
        int maxActive = entry.maxActivePerCustomer() == null ? 1 : entry.maxActivePerCustomer();
        return Validation.combine(positiveId(entry.id(), field + ".id"),
                        at(field + ".code", Text.singleLine(entry.code(), CardSeriesDefinition.CODE_MAX_LENGTH)),
                        labels,
                        maxActive >= 1 ? Validation.valid(maxActive) : invalid(field + ".maxActivePerCustomer", "must be 1 or more"))
                .ap((id, code, declared, max) -> new CardSeriesDefinition(id, code, HashMap.ofEntries(declared), max))
                .mapError(OrgFileReader::flatten);
    }

    private static Validation<Seq<SetupProblem>, ExtendedFieldDefinition> extendedField(OrgFile.ExtendedFieldEntry entry, String field) {
        return Validation.combine(
                        at(field + ".name", Text.singleLine(entry.name(), ExtendedFieldDefinition.NAME_MAX_LENGTH)),
                        at(field + ".type", ExtendedFieldType.parse(entry.type())
                                .toEither(() -> "'" + entry.type() + "' is not one of " + List.of(ExtendedFieldType.values()).mkString(", "))),
                        entry.maxLength() == null || (entry.maxLength() >= 1 && entry.maxLength() <= ExtendedFieldDefinition.DEFAULT_MAX_LENGTH)
                                ? Validation.valid(Option.of(entry.maxLength()))
                                : invalid(field + ".maxLength", "must be 1 to " + ExtendedFieldDefinition.DEFAULT_MAX_LENGTH))
                .ap(ExtendedFieldDefinition::new)
                .mapError(OrgFileReader::flatten);
    }

    /** Hierarchies are judged by the same rules as over HTTP, when applied; here they are only read. */
    private static Validation<Seq<SetupProblem>, HierarchyDraft> hierarchy(OrgFile.HierarchyEntry entry, String field) {
        List<RoleDraft> roles = List.ofAll(entry.roles() == null ? java.util.List.of() : entry.roles())
                .map(role -> new RoleDraft(role.code(), Option.of(role.childRoleCode()), Option.of(role.maxChild()),
                        Boolean.TRUE.equals(role.pointsAggregationRole()),
                        List.ofAll(role.permissions() == null ? java.util.List.of() : role.permissions())
                                .map(permission -> new Permission(permission.permissionCode(),
                                        Option.of(permission.permissionValue()).map(JsonNode::toString).getOrNull()))));
        return Validation.valid(new HierarchyDraft(entry.code(), Option.of(entry.name()), Option.of(entry.description()), roles,
                Boolean.TRUE.equals(entry.isDefault()), Boolean.TRUE.equals(entry.autoGroupCreationEnabled()),
                Boolean.TRUE.equals(entry.hierarchyCreationStrict()), Boolean.TRUE.equals(entry.skipRoleAllowed())));
    }

    /** Companies are judged by the same rules as over HTTP, when applied; here they are only read. */
    private static Validation<Seq<SetupProblem>, CompanyDraft> company(OrgFile.CompanyEntry entry, String field) {
        return Validation.valid(new CompanyDraft(entry.externalId(), entry.name(), entry.hierarchyDefinitionCode(),
                Option.of(entry.parentCompany()).flatMap(parent -> Option.of(parent.externalId())),
                entry.extendedFields() == null ? LinkedHashMap.empty() : LinkedHashMap.ofAll(entry.extendedFields())));
    }

    private static Validation<Seq<SetupProblem>, Long> positiveId(Long id, String field) {
        return id != null && id > 0 ? Validation.valid(id) : invalid(field, id == null ? "is required" : "must be a positive number");
    }

    private static <E, T> Validation<Seq<SetupProblem>, Option<List<T>>> optionalSection(
            java.util.List<E> entries, EntryReader<E, T> reader, String section) {
        if (entries == null) {
            return Validation.valid(Option.none());
        }
        List<Validation<Seq<SetupProblem>, T>> read = List.ofAll(entries).zipWithIndex().map(entry ->
                entry._1 == null ? invalid(section + "[" + entry._2 + "]", "is empty")
                        : reader.read(entry._1, section + "[" + entry._2 + "]"));
        return Validation.sequence(read).map(all -> Option.of(List.ofAll(all)));
    }

    @FunctionalInterface
    private interface EntryReader<E, T> {
        Validation<Seq<SetupProblem>, T> read(E entry, String field);
    }

    private static <T> Validation<Seq<SetupProblem>, T> at(String field, Either<String, T> checked) {
        return Validation.fromEither(checked.mapLeft(reason -> List.of(new SetupProblem(field, reason))));
    }

    private static <T> Validation<Seq<SetupProblem>, T> invalid(String field, String reason) {
        return Validation.invalid(List.of(new SetupProblem(field, reason)));
    }

    private static <T> Either<Seq<SetupProblem>, T> problem(String field, String reason) {
        return Either.left(List.of(new SetupProblem(field, reason)));
    }

    private static Seq<SetupProblem> flatten(Seq<? extends Seq<SetupProblem>> nested) {
        return nested.flatMap(Function.identity());
    }

    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "(file)";
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation() : e.getLocation();
        String line = location == null ? "" : " (line " + location.getLineNr() + ")";
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "has the wrong type, expected " + typeName(mismatch.getTargetType()) + line;
        }
        return "is not valid YAML" + line;
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type)) {
            return "a whole number";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type == String.class ? "text" : "a mapping";
    }
}
