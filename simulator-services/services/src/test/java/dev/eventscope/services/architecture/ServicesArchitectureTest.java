package dev.eventscope.services.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rules for the bounded contexts: hexagonal inside, strangers to each other. */
class ServicesArchitectureTest {
  private static final List<String> CONTEXTS = List.of("orders", "inventory", "payments", "shipping", "notifications", "fulfilment");
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.eventscope.services");
  }

  @Test
  void domain_code_does_not_import_infrastructure_or_runtime_plumbing() {
    noClasses().that().resideInAPackage("dev.eventscope.services..domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "..infrastructure..", "dev.eventscope.runtime.store..", "dev.eventscope.runtime.bus..", "dev.eventscope.runtime.outbox..",
            "com.mongodb..", "java.sql..")
        .check(classes);
  }

  @Test
  void contexts_talk_only_through_contracts_never_through_each_others_internals() {
    for (String context : CONTEXTS) {
      String[] others = CONTEXTS.stream().filter(other -> !other.equals(context))
          .map(other -> "dev.eventscope.services." + other + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage("dev.eventscope.services." + context + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .check(classes);
    }
  }

  @Test
  void services_know_no_http_layer_and_no_javafx() {
    noClasses().that().resideInAPackage("dev.eventscope.services..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.eventscope.api..", "dev.eventscope.console..", "javafx..")
        .check(classes);
  }

  @Test
  void nothing_writes_to_standard_streams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
  }
}
