package io.grouployalty.domain.org;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ExtendedFieldDefinitionTest {

    @Test
    void withoutAMaximumLengthAValueMayHaveOneThousandCharacters() {
        assertThat(new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none()).effectiveMaxLength()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 1000})
    void aMaximumLengthOfOneToOneThousandIsItsOwn(int maxLength) {
        assertThat(new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.of(maxLength)).effectiveMaxLength())
                .isEqualTo(maxLength);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1001})
    void aMaximumLengthOutsideOneToOneThousandIsRefused(int maxLength) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.of(maxLength)))
                .withMessageContaining("gender");
    }

    @Test
    void theNameIsStrippedAndMayHaveOneHundredCharacters() {
        assertThat(new ExtendedFieldDefinition(" fleet_size ", ExtendedFieldType.INTEGER, Option.none()).name()).isEqualTo("fleet_size");
        assertThat(new ExtendedFieldDefinition("f".repeat(100), ExtendedFieldType.INTEGER, Option.none()).name()).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtendedFieldDefinition("f".repeat(101), ExtendedFieldType.INTEGER, Option.none()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "fleet\nsize"})
    void theNameIsOneLineOfText(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExtendedFieldDefinition(name, ExtendedFieldType.STRING, Option.none()))
                .withMessageStartingWith("field name");
    }

    @Test
    void needsATypeAndAMaximumLengthOption() {
        assertThatNullPointerException().isThrownBy(() -> new ExtendedFieldDefinition("city", null, Option.none()));
        assertThatNullPointerException().isThrownBy(() -> new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, null));
    }

    @Test
    void theTypesAreThoseOfTheContract() {
        assertThat(ExtendedFieldType.values()).extracting(Enum::name).containsExactly("STRING", "INTEGER", "DOUBLE", "BOOLEAN", "DATE");
    }

    @ParameterizedTest
    @EnumSource(ExtendedFieldType.class)
    void aTypeIsReadInAnyCase(ExtendedFieldType type) {
        assertThat(ExtendedFieldType.parse(type.name().toLowerCase(Locale.ROOT))).contains(type);
        assertThat(ExtendedFieldType.parse(" " + type.name() + " ")).contains(type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"LONG", "FLOAT", "TEXT", "DATETIME", "bool"})
    void anyOtherNameIsNoType(String name) {
        assertThat(ExtendedFieldType.parse(name)).isEmpty();
    }
}
