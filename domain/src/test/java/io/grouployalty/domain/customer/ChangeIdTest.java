package io.grouployalty.domain.customer;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ChangeIdTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aChangeIdIsPositive(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChangeId(value));
    }

    @Test
    void isShownAsItsBareNumber() {
        assertThat(new ChangeId(1).toString()).isEqualTo("1");
        assertThat(new ChangeId(Long.MAX_VALUE).toString()).isEqualTo("9223372036854775807");
    }

    @Test
    void aRecordedChangeNeedsItsIdAndItsChange() {
        Change change = new Change(new CustomerId(1), Instant.EPOCH, "req-1", "demo.till", Change.Operation.ASSOCIATE, List.empty());

        assertThatNullPointerException().isThrownBy(() -> new RecordedChange(new ChangeId(1), null));
        assertThatNullPointerException().isThrownBy(() -> new RecordedChange(null, change));
        assertThat(new RecordedChange(new ChangeId(3), change).change()).isEqualTo(change);
    }
}
