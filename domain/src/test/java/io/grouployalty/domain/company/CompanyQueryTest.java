package io.grouployalty.domain.company;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class CompanyQueryTest {

    @Test
    void aPageOfCompaniesTakesOneToOneThousandFromAnyOffset() {
        assertThat(new CompanyQuery(Option.none(), true, 1, 0).limit()).isEqualTo(1);
        assertThat(new CompanyQuery(Option.of(true), false, CompanyQuery.MAX_LIMIT, 5000).limit()).isEqualTo(1000);
        assertThat(CompanyQuery.DEFAULT_LIMIT).isEqualTo(100);
    }

    @Test
    void aPageOutsideItsBoundsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CompanyQuery(Option.none(), true, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new CompanyQuery(Option.none(), true, 1001, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new CompanyQuery(Option.none(), true, 10, -1));
        assertThatNullPointerException().isThrownBy(() -> new CompanyQuery(null, true, 10, 0));
    }
}
