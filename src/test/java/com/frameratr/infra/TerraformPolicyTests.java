package com.frameratr.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security properties of the seed architecture, checked on {@code infra/terraform}. Plain
 * JUnit, no Spring context. {@link BrokenInfraTests} proves that each rule fails on a copy of the
 * Terraform with that one property broken; {@link TerraformFormatTests} runs {@code terraform fmt}.
 */
class TerraformPolicyTests {

    static final Path INFRA = Path.of(System.getProperty("frameratr.infra-dir", "infra"));

    private final InfraPolicy policy = new InfraPolicy(TerraformStack.load(INFRA.resolve("terraform")));

    @Test
    void allowsOnlyTheThreeSeedIngressRules() {
        assertThat(policy.unexpectedIngress())
                .as("ingress must be exactly: ALB 80/443 from anywhere, tasks 3000 from the ALB,"
                        + " database 5432 from the tasks")
                .isEmpty();
    }

    @Test
    void keepsTheDatabaseOffTheInternet() {
        assertThat(policy.publicDatabases())
                .as("the database must not be publicly accessible")
                .isEmpty();
    }

    @Test
    void encryptsTheDatabase() {
        assertThat(policy.unencryptedDatabases())
                .as("the database storage must be encrypted")
                .isEmpty();
    }

    @Test
    void givesTasksNoPublicIps() {
        assertThat(policy.tasksWithPublicIps())
                .as("ECS tasks must run in the private subnets without public IPs")
                .isEmpty();
    }

    @Test
    void sendsBackendLogsToItsLogGroup() {
        assertThat(policy.missingLogGroup())
                .as("the backend must log to /ecs/frameratr-<env>-backend, with retention")
                .isEmpty();
    }

    @Test
    void sizesTasksAt256CpuAnd512Mb() {
        assertThat(policy.wrongTaskSize())
                .as("the Fargate task must be 256 CPU / 512 MB")
                .isEmpty();
    }

    @Test
    void checksHealthOnSlashHealthEvery30Seconds() {
        assertThat(policy.wrongHealthCheck())
                .as("the target group must check /health every 30 s")
                .isEmpty();
    }

    @Test
    void givesNoWriteActionAStarResource() {
        assertThat(policy.writeActionsOnAnyResource())
                .as(
                        "every write action must name its resources (only %s, which has no resource-level"
                                + " permissions, may have \"*\")",
                        InfraPolicy.WRITES_WITHOUT_RESOURCE_LEVEL)
                .isEmpty();
    }

    @Test
    void attachesNoManagedReadAllPolicy() {
        assertThat(policy.managedReadAllPolicies())
                .as("no role may hold ReadOnlyAccess, ViewOnlyAccess, AdministratorAccess or PowerUserAccess")
                .isEmpty();
    }

    @Test
    void passesOnlyTheTaskDefinitionsRolesToEcsTasks() {
        assertThat(policy.taskDefinitionRoles())
                .as("the roles task definitions run with")
                .containsExactly("execution", "migrate_execution", "task");
        assertThat(policy.passRoleBeyondTaskRoles())
                .as("iam:PassRole only for the task definitions' roles, only to ecs-tasks.amazonaws.com")
                .isEmpty();
    }

    @Test
    void letsOnlyTheMigrationTaskReadTheMasterSecret() {
        assertThat(policy.masterSecretOutsideMigration())
                .as("only the migration task's execution role may read the RDS master secret; the service"
                        + " neither reads it nor starts with a role that may")
                .isEmpty();
    }

    @Test
    void keepsTheManagementPortInsideTheTask() {
        assertThat(policy.managementPortExposed())
                .as("MANAGEMENT_PORT must not be mapped, admitted by a security group or forwarded by the ALB")
                .isEmpty();
    }

    @Test
    void keepsPasswordsOutOfTheState() {
        assertThat(policy.passwordsInState())
                .as("RDS manages the master password; no generated password may be kept in the Terraform state")
                .isEmpty();
    }

    @Test
    void keepsSecretLiteralsOutOfInfra() {
        List<String> findings = SecretLiterals.in(INFRA);
        assertThat(findings)
                .as("no password, token or key may be written under infra/ (generate it or use Secrets Manager)")
                .isEmpty();
    }
}
