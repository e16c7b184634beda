-- AppRoleTests: a migration of a newer build that the migration task has not applied yet.
SELECT 1;
