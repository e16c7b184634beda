package com.frameratr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.frameratr");

    @Test
    void onlyRepositoriesTouchTheDatabase() {
        noClasses()
                .that()
                .areNotAnnotatedWith(Repository.class)
                // where the clients are made (platform.jdbc.JdbcConfig)
                .and()
                .resideOutsideOfPackage("com.frameratr.platform.jdbc")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .because("SQL lives in each feature's repository")
                .check(CLASSES);
    }

    @Test
    void servicesAndRepositoriesKnowNothingOfHttp() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Repository.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.http..")
                .because("services throw domain exceptions; statuses are the web layer's (ProblemHandler)")
                .check(CLASSES);
    }

    @Test
    void controllersServicesRepositoriesAndResponsesArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Repository.class)
                .or()
                .haveSimpleNameEndingWith("Response")
                .should()
                .notBePublic()
                .because("a module's door is its facade and the few types it names (README, \"Modules\")")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
    }
}
