package io.grouployalty.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RejectionTest {

    @Test
    void eachKindOfRejectionIsItsOwnType() {
        assertThat(Rejection.invalid(ErrorCode.MOBILE_INVALID, "91-59")).isInstanceOf(Rejection.Invalid.class);
        assertThat(Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, "fleet")).isInstanceOf(Rejection.NotFound.class);
        assertThat(Rejection.conflict(ErrorCode.IDENTIFIER_TAKEN, "mobile 915905000000")).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void carriesItsCodeAndDetailsInOrder() {
        Rejection full = Rejection.conflict(ErrorCode.MAX_CHILD_REACHED, "GFA", 5000);

        assertThat(full.code()).isEqualTo(ErrorCode.MAX_CHILD_REACHED);
        assertThat(full.details().toJavaList()).containsExactly("GFA", 5000);
    }

    @Test
    void itsMessageIsTheCodesMessageFilledFromTheDetails() {
        assertThat(Rejection.conflict(ErrorCode.MAX_CHILD_REACHED, "GFA", 5000).message()).isEqualTo("Children of role GFA can not exceed 5000");
        assertThat(Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, "ex917471000000").message()).isEqualTo("Company ex917471000000 does not exist");
    }

    @Test
    void aCodeWithoutPlaceholdersNeedsNoDetails() {
        Rejection cyclic = Rejection.invalid(ErrorCode.CYCLIC_HIERARCHY);

        assertThat(cyclic.details()).isEmpty();
        assertThat(cyclic.message()).isEqualTo("Cyclic hierarchy is not supported");
    }

    @Test
    void rejectionsAreEqualByKindCodeAndDetails() {
        assertThat(Rejection.invalid(ErrorCode.EMAIL_INVALID, "tom@")).isEqualTo(Rejection.invalid(ErrorCode.EMAIL_INVALID, "tom@"));
        assertThat(Rejection.invalid(ErrorCode.EMAIL_INVALID, "tom@")).isNotEqualTo(Rejection.conflict(ErrorCode.EMAIL_INVALID, "tom@"));
        assertThat(Rejection.invalid(ErrorCode.EMAIL_INVALID, "tom@")).isNotEqualTo(Rejection.invalid(ErrorCode.EMAIL_INVALID, "ann@"));
    }

    @Test
    void needsACode() {
        assertThatNullPointerException().isThrownBy(() -> Rejection.invalid(null));
        assertThatNullPointerException().isThrownBy(() -> Rejection.notFound(null, "x"));
        assertThatNullPointerException().isThrownBy(() -> Rejection.conflict(null));
    }
}
