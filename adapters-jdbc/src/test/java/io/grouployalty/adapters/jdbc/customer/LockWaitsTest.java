package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.adapters.jdbc.LockWaits;
import io.grouployalty.adapters.jdbc.org.JdbiOrgs;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.domain.RowsBusy;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API.md §6.48 at the port: a busy row is tried without waiting, then waited for only with a permit and up to the timeout. */
class LockWaitsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(600);
    private static final OrgId ORG = new OrgId(48);
    private static final CustomerId CUSTOMER = new CustomerId(4801);

    private final TestDatabase database = TestDatabases.migrated();
    private final Jdbi jdbi = database.jdbi();
    private final JdbiCustomers customers = new JdbiCustomers(jdbi);
    private final JdbiTransactions transactions = new JdbiTransactions(jdbi, LockWaits.bounded(1, TIMEOUT));
    private Handle holder;

    @BeforeEach
    void aStoredCustomer() {
        new JdbiOrgs(jdbi).save(new Org(ORG, "Locks", ZoneOffset.UTC));
        transactions.inTransaction(() -> customers.save(ORG, Option.none(), Customer.registered(CUSTOMER, LoyaltyType.LOYALTY, Instant.now())));
    }

    @AfterEach
    void release() {
        if (holder != null) {
            holder.rollback();
            holder.close();
        }
    }

    private Either<String, Customer> lockTheCustomer() {
        return transactions.inTransaction(() -> customers.locked(ORG, CUSTOMER).toEither("gone"));
    }

    private void holdTheRow() {
        holder = jdbi.open();
        holder.begin();
        holder.createQuery("select 1 from customer where org_id = :org and customer_id = :id for update")
                .bind("org", ORG.value()).bind("id", CUSTOMER.value()).mapTo(Integer.class).one();
    }

    @Test
    void aFreeRowIsLockedAtOnce() {
        assertThat(lockTheCustomer().get().id()).isEqualTo(CUSTOMER);
    }

    @Test
    void aRowHeldPastTheTimeoutFailsTheUnitAsBusyAfterWaitingAtMostTheTimeout() {
        holdTheRow();

        long started = System.nanoTime();
        assertThatThrownBy(this::lockTheCustomer).isInstanceOf(RowsBusy.class);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(waited).isBetween(TIMEOUT.toMillis() - 100, TIMEOUT.toMillis() + 400);
    }

    @Test
    void aRowReleasedWithinTheTimeoutIsWaitedFor() {
        holdTheRow();
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> holder.rollback());

        assertThat(lockTheCustomer().get().id()).isEqualTo(CUSTOMER);
    }

    @Test
    void withEveryPermitTakenABusyRowFailsAtOnce() throws Exception {
        holdTheRow();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                lockTheCustomer();
                return null;
            } catch (RuntimeException busy) {
                return busy;
            }
        });
        waiting.await();
        Thread.sleep(150);

        long started = System.nanoTime();
        assertThatThrownBy(this::lockTheCustomer).isInstanceOf(RowsBusy.class);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(waited).isLessThan(TIMEOUT.toMillis() / 2);
        assertThat(first.get()).isInstanceOf(RowsBusy.class);
    }

    @Test
    void attemptsWithinOneWaitShareItsTimeout() {
        holdTheRow();

        long started = System.nanoTime();
        int busy = transactions.withOneWait(() -> {
            int refused = 0;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    lockTheCustomer();
                } catch (RowsBusy stillHeld) {
                    refused++;
                }
            }
            return refused;
        });
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(busy).isEqualTo(3);
        assertThat(waited).isLessThan(TIMEOUT.toMillis() + 400);
    }

    @Test
    void aDryRunThatDeadlocksRunsAgain() throws Exception {
        CustomerId second = new CustomerId(4802);
        transactions.inTransaction(() -> customers.save(ORG, Option.none(), Customer.registered(second, LoyaltyType.LOYALTY, Instant.now())));
        JdbiTransactions commands = new JdbiTransactions(jdbi, LockWaits.unbounded());
        holder = jdbi.open();
        holder.begin();
        holder.createQuery("select 1 from customer where org_id = :org and customer_id = :id for update")
                .bind("org", ORG.value()).bind("id", second.value()).mapTo(Integer.class).one();
        CountDownLatch firstLocked = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

        CompletableFuture<Integer> dryRun = CompletableFuture.supplyAsync(() -> commands.rolledBack(() -> {
            runs.incrementAndGet();
            commands.inTransaction(() -> customers.locked(ORG, CUSTOMER).toEither("gone"));
            firstLocked.countDown();
            commands.inTransaction(() -> customers.locked(ORG, second).toEither("gone"));
            return runs.get();
        }));
        firstLocked.await();
        Thread.sleep(200);
        holder.createQuery("select 1 from customer where org_id = :org and customer_id = :id for update")
                .bind("org", ORG.value()).bind("id", CUSTOMER.value()).mapTo(Integer.class).one();
        holder.rollback();

        assertThat(dryRun.get(30, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void aDryRunMeetsABusyRowTheSameWay() {
        holdTheRow();

        assertThatThrownBy(() -> transactions.rolledBack(this::lockTheCustomer)).isInstanceOf(RowsBusy.class);
    }
}
