package io.grouployalty.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import io.dropwizard.core.Configuration;
import io.dropwizard.validation.ValidationMethod;
import io.grouployalty.adapters.jdbc.LockWaits;
import io.grouployalty.bootstrap.db.DatabaseConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** The one configuration file, {@code bootstrap/config.yml}, with its environment overrides. */
public class GroupLoyaltyConfiguration extends Configuration {

    @JsonProperty
    @Valid
    @NotNull
    private DatabaseConfiguration database = new DatabaseConfiguration();

    @JsonProperty
    @Valid
    @NotNull
    private Authentication authentication = new Authentication();

    @JsonProperty
    @Valid
    @NotNull
    private RequestLimits requests = new RequestLimits();

    public DatabaseConfiguration database() {
        return database;
    }

    public RequestLimits requests() {
        return requests;
    }

    @JsonIgnore
    @ValidationMethod(message = "requests.maxActive must not exceed database.maxConnections: an active request never waits for a connection")
    public boolean isEveryActiveRequestSureOfAConnection() {
        return requests.maxActive() <= database.maxConnections();
    }

    public Authentication authentication() {
        return authentication;
    }

    /** Request units of work wait for busy rows only with one of {@code database.maxLockWaiters} permits (default: a quarter of the turns). */
    public LockWaits lockWaits() {
        return LockWaits.bounded(database.maxLockWaiters().orElse(Math.max(1, requests.maxActive() / 4)), database.lockTimeout());
    }

    /** How tills' credentials are checked: bcrypt's cost, and how long a verified credential is trusted from memory. */
    public static class Authentication {

        /** A changed or disabled credential stops working within this (API.md §6.21). */
        private static final Duration CREDENTIAL_BOUND = Duration.ofSeconds(5);

        @JsonProperty
        @Min(4)
        @Max(31)
        private int bcryptCost = 10;

        @JsonProperty
        @NotBlank
        private String cachePolicy = "maximumSize=10000, expireAfterWrite=4s";

        public int bcryptCost() {
            return bcryptCost;
        }

        public String cachePolicy() {
            return cachePolicy;
        }

        @JsonIgnore
        @ValidationMethod(message = "authentication.cachePolicy must be a Caffeine spec with maximumSize and an expireAfterWrite of at"
                + " most 5s, without refreshAfterWrite: a changed or disabled credential must stop working within 5 s (API.md §6.21)")
        public boolean isCachePolicyForgettingWithinFiveSeconds() {
            if (cachePolicy == null) {
                return false;
            }
            try {
                Policy<Object, Object> policy = Caffeine.from(cachePolicy).build().policy();
                return policy.eviction().isPresent() && policy.refreshAfterWrite().isEmpty()
                        && policy.expireAfterWrite().filter(expiry -> expiry.getExpiresAfter().compareTo(CREDENTIAL_BOUND) <= 0).isPresent();
            } catch (IllegalArgumentException | IllegalStateException notASpecOrRefreshing) {
                return false;
            }
        }
    }
}
