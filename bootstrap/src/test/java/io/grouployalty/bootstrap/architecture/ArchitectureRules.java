package io.grouployalty.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

/** The walls of the house, for the code under a root package: the rings, the domain's allow-list, and naming. */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    List<ArchRule> all() {
        return List.of(rings(), domainDependsOnlyOnJavaAndVavr(), noImplSuffix(), inboundPortsAreInterfaces(),
                adaptersPlugIntoInterfacesOnly(), rulesCallNoPort());
    }

    ArchRule rings() {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .applicationServices(root + ".application..")
                .adapter("rest", root + ".adapters.rest..")
                .adapter("jdbc", root + ".adapters.jdbc..")
                .withOptionalLayers(true)
                .ignoreDependency(resideInAPackage(root + ".bootstrap.."), DescribedPredicate.alwaysTrue())
                .because("adapters depend on the application, the application on the domain, and nothing points back");
    }

    ArchRule domainDependsOnlyOnJavaAndVavr() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", root + ".domain..")
                .because("the domain jar is embedded by others with vavr as its only dependency");
    }

    ArchRule noImplSuffix() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .because("an implementation is named after its technology and port, such as JdbiTills");
    }

    ArchRule inboundPortsAreInterfaces() {
        return classes().that().resideInAPackage(root + ".application.port..").and().areTopLevelClasses()
                .should().beInterfaces()
                .because("each use case is an inbound port: an interface");
    }

    ArchRule adaptersPlugIntoInterfacesOnly() {
        return noClasses().that().resideInAPackage(root + ".adapters..")
                .should().beAssignableTo(concreteClassOf(root + ".domain..", root + ".application.."))
                .because("outbound ports are interfaces, so adapters implement them and never extend a core class");
    }

    ArchRule rulesCallNoPort() {
        return noClasses().that().resideInAPackage(root + ".domain..rules..")
                .should().dependOnClassesThat(outboundPort())
                .because("a rule judges the world it is given; what it needs, loading reads before (ARCHITECTURE.md)");
    }

    private DescribedPredicate<JavaClass> outboundPort() {
        return DescribedPredicate.describe("an outbound port (an interface of the domain that an adapter implements)",
                javaClass -> javaClass.isInterface() && resideInAnyOf(javaClass, root + ".domain..")
                        && javaClass.getAllSubclasses().stream().anyMatch(sub -> resideInAnyOf(sub, root + ".adapters..")));
    }

    private static DescribedPredicate<JavaClass> concreteClassOf(String... packages) {
        return DescribedPredicate.describe("a class (not an interface) of the core",
                javaClass -> !javaClass.isInterface() && !javaClass.isEnum() && !javaClass.isRecord()
                        && javaClass.getPackage() != null && resideInAnyOf(javaClass, packages));
    }

    private static boolean resideInAnyOf(JavaClass javaClass, String... packages) {
        for (String pattern : packages) {
            if (resideInAPackage(pattern).test(javaClass)) {
                return true;
            }
        }
        return false;
    }
}
