package dev.eventscope.runtime.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md for the two lowest layers: contracts and runtime. */
class RuntimeArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.eventscope.contracts", "dev.eventscope.runtime");
  }

  @Test
  void contracts_depend_on_nothing_but_the_jdk_and_jackson() {
    classes().that().resideInAPackage("dev.eventscope.contracts..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.eventscope.contracts..")
        .check(classes);
  }

  @Test
  void the_runtime_knows_no_service_no_http_layer_and_no_javafx() {
    noClasses().that().resideInAPackage("dev.eventscope.runtime..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.eventscope.services..", "dev.eventscope.api..", "dev.eventscope.console..", "javafx..")
        .check(classes);
  }

  @Test
  void the_runtime_knows_no_order_messages() {
    noClasses().that().resideInAPackage("dev.eventscope.runtime..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.eventscope.contracts.orders..", "dev.eventscope.contracts.inventory..", "dev.eventscope.contracts.payments..",
            "dev.eventscope.contracts.shipping..", "dev.eventscope.contracts.fulfilment..")
        .check(classes);
  }

  @Test
  void nothing_writes_to_standard_streams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
  }

  @Test
  void mediator_and_aggregates_do_not_reach_for_a_storage_technology() {
    noClasses().that().resideInAnyPackage("dev.eventscope.runtime.mediator..", "dev.eventscope.runtime.aggregate..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.sqlite..", "java.sql..")
        .check(classes);
  }
}
