package io.grouployalty.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ProductionCode())
            .importPackages("io.grouployalty");

    @Test
    void seesEveryRing() {
        assertThat(Stream.of("domain", "application", "adapters.rest", "adapters.jdbc", "bootstrap"))
                .allSatisfy(ring -> assertThat(PRODUCTION.containPackage("io.grouployalty." + ring)).as(ring).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> theProductionCodeKeepsEveryRule() {
        return new ArchitectureRules("io.grouployalty").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PRODUCTION)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesItsPlantedViolation() {
        JavaClasses broken = new ClassFileImporter().importPackages("io.grouployalty.architecturefixture");
        return new ArchitectureRules("io.grouployalty.architecturefixture").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> assertViolated(rule, broken)));
    }

    private static void assertViolated(ArchRule rule, JavaClasses broken) {
        assertThat(rule.evaluate(broken).hasViolation()).as(rule.getDescription()).isTrue();
    }
}
