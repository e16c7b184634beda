#!/usr/bin/env bash
# Deploys the current commit to an environment built by infra/terraform.
#
#   scripts/deploy.sh <env>                 build, push, run the migration task, roll the ECS service,
#                                           wait, smoke-test
#   scripts/deploy.sh <env> --push-only     build and push the image only (first-time setup, before
#                                           the first full terraform apply; prints the tag)
#   scripts/deploy.sh <env> --migrate-only  run the migration task with the image the service runs
#                                           now, nothing else (after changing the app role's password)
#
# Steps: check the service's task definition (FIREBASE_PROJECT_ID set); build the image (linux/amd64)
# tagged with the git SHA; push it to ECR (skipped when that tag is already there: tags are
# immutable); register a revision of the migration task definition with that image and run it once
# (Fargate, private subnets, the tasks' security group, no public IP): it applies the migrations as
# the master user and sets the frameratr_app role's password; unless it exits 0 the deploy stops and
# the service is untouched. Then register a revision of the service's task definition with that image
# (copied from the newest revision, so Terraform's settings carry over); update the service; wait
# until it is stable; check that the circuit breaker did not roll it back; run scripts/smoke-test.sh
# against the ALB. Stops at the first failing step and prints how to roll back or where the logs are.
#
# Needs: git, docker (with BuildKit), aws CLI v2 with credentials, terraform (initialised for
# <env>: terraform -chdir=infra/terraform init -backend-config=backend.hcl), jq, curl.
# Environment: TF_DIR (default infra/terraform); SMOKE_ID_TOKEN (a Firebase ID token: also smoke-test
# the user endpoints); SMOKE_SKIP_TMDB=1 (environment without a TMDb token); DEPLOY_ALLOW_DIRTY=1
# (deploy uncommitted changes under a "<sha>-dirty-<time>" tag).
set -Eeuo pipefail

usage() { sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

env_name=${1:-}
mode=${2:-deploy}
[[ "$env_name" =~ ^[a-z][a-z0-9-]{1,13}$ ]] || usage
case "$mode" in deploy | --push-only | --migrate-only) ;; *) usage ;; esac

cd "$(dirname "$0")/.."
TF_DIR=${TF_DIR:-infra/terraform}
step="checking prerequisites"
previous_task_definition=""
service_updated=false
migration_task=""
migration_log_stream=""
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

on_error() {
  local code=$?
  printf '\nDEPLOY FAILED while %s (exit %s).\n' "$step" "$code" >&2
  if [ -n "$migration_log_stream" ]; then
    cat >&2 <<MSG

The migration task's log:
  aws logs tail $log_group --region $region --log-stream-names $migration_log_stream --since 1h
MSG
  fi
  if [ "$service_updated" = true ] && [ -n "$previous_task_definition" ]; then
    cat >&2 <<MSG

The service was moved to a new task definition. To roll back to what ran before:
  aws ecs update-service --region $region --cluster $cluster --service $service --task-definition $previous_task_definition
  aws ecs wait services-stable --region $region --cluster $cluster --services $service
Logs of the failed tasks:
  aws logs tail $log_group --region $region --since 30m
MSG
  else
    echo "Nothing was changed on the running service." >&2
  fi
  exit "$code"
}
trap on_error ERR

say() { printf '\n==> %s\n' "$*"; }
need() { command -v "$1" >/dev/null || { echo "deploy: $1 is required" >&2; exit 2; }; }
for tool in git aws jq; do need "$tool"; done
[ "$mode" = --migrate-only ] || { need docker; need curl; }

# --- what to deploy: the commit ---------------------------------------------------------------------
tag=$(git rev-parse --short=12 HEAD)
if [ "$mode" != --migrate-only ]; then
  # Only what goes into the image counts (terraform init's files in infra/ do not).
  image_inputs=(Dockerfile .dockerignore mvnw pom.xml .mvn src/main)
  if [ -n "$(git status --porcelain -- "${image_inputs[@]}")" ]; then
    if [ "${DEPLOY_ALLOW_DIRTY:-}" = 1 ]; then
      tag="$tag-dirty-$(date -u +%Y%m%d%H%M%S)"
    else
      echo "deploy: uncommitted changes in ${image_inputs[*]}; commit them (or set DEPLOY_ALLOW_DIRTY=1)" >&2
      exit 2
    fi
  fi
fi

# --- where to deploy: Terraform's outputs (or, for --push-only, the repository by name) -----------
if [ "$mode" = --push-only ]; then
  region=${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region || true)}}
  [ -n "$region" ] || { echo "deploy: set AWS_REGION" >&2; exit 2; }
  step="finding the ECR repository frameratr-$env_name-backend"
  repository_url=$(aws ecr describe-repositories --region "$region" --repository-names "frameratr-$env_name-backend" \
    --query 'repositories[0].repositoryUri' --output text)
else
  need terraform
  step="reading terraform outputs in $TF_DIR"
  outputs=$(terraform -chdir="$TF_DIR" output -json)
  out() { jq -er --arg k "$1" '.[$k].value' <<<"$outputs"; }
  tf_env=$(out environment)
  if [ "$tf_env" != "$env_name" ]; then
    echo "deploy: $TF_DIR holds the state of environment '$tf_env', not '$env_name' (terraform init -reconfigure -backend-config=...)" >&2
    exit 2
  fi
  region=$(out aws_region)
  repository_url=$(out ecr_repository_url)
  cluster=$(out ecs_cluster_name)
  service=$(out ecs_service_name)
  family=$(out task_definition_family)
  container=$(out container_name)
  migrate_family=$(out migrate_task_definition_family)
  migrate_container=$(out migrate_container_name)
  subnets=$(jq -ec '.private_subnet_ids.value | select(type == "array" and length > 0)' <<<"$outputs")
  task_security_group=$(out task_security_group_id)
  log_group=$(out log_group_name)
  alb_url=$(out alb_url)
fi
image="$repository_url:$tag"
registry=${repository_url%%/*}
repository_name=${repository_url#*/}

# --- the service as it is, checked before anything changes ---------------------------------------
if [ "$mode" != --push-only ]; then
  step="reading the running service"
  previous_task_definition=$(aws ecs describe-services --region "$region" --cluster "$cluster" --services "$service" \
    --query 'services[0].taskDefinition' --output text)
  [ "$previous_task_definition" != None ] || { echo "deploy: service $service not found in cluster $cluster" >&2; exit 1; }

  step="reading the newest task definition of $family"
  aws ecs describe-task-definition --region "$region" --task-definition "$family" --include TAGS --output json >"$work/current.json"
  jq -e --arg name "$container" 'any(.taskDefinition.containerDefinitions[]; .name == $name)' "$work/current.json" >/dev/null \
    || { echo "deploy: task definition $family has no container named $container" >&2; exit 1; }
  # The service refuses to start with a database but no Firebase project (it would have no way to
  # verify tokens); say so here rather than after a failed rollout.
  jq -e --arg name "$container" '
    .taskDefinition.containerDefinitions[] | select(.name == $name)
    | any((.environment // [])[]; .name == "FIREBASE_PROJECT_ID" and ((.value // "") | test("\\S")))' \
    "$work/current.json" >/dev/null \
    || { echo "deploy: $family has no FIREBASE_PROJECT_ID: set firebase_project_id and terraform apply first" >&2; exit 1; }
fi

# --- build and push -----------------------------------------------------------------------------------
if [ "$mode" = --migrate-only ]; then
  step="reading the image the service runs"
  image=$(aws ecs describe-task-definition --region "$region" --task-definition "$previous_task_definition" --output json \
    | jq -er --arg name "$container" '.taskDefinition.containerDefinitions[] | select(.name == $name) | .image')
  say "migrating with the image the service runs: $image"
elif aws ecr describe-images --region "$region" --repository-name "$repository_name" --image-ids "imageTag=$tag" >/dev/null 2>&1; then
  say "image $image is already in ECR (tags are immutable): not rebuilding"
else
  step="building the image"
  say "building $image"
  DOCKER_BUILDKIT=1 docker build --platform linux/amd64 --pull -t "$image" .
  step="logging in to ECR"
  aws ecr get-login-password --region "$region" | docker login --username AWS --password-stdin "$registry" >/dev/null
  step="pushing the image"
  say "pushing $image"
  docker push "$image"
fi

if [ "$mode" = --push-only ]; then
  say "pushed. Use it in the first apply: terraform -chdir=$TF_DIR apply -var image_tag=$tag"
  exit 0
fi

# A copy of the newest revision of a family with the image of one container replaced, without the
# fields register-task-definition does not accept. $1 described task definition (JSON), $2 container.
next_revision() {
  jq --arg image "$image" --arg name "$2" '
    .tags as $tags
    | .taskDefinition
    | .containerDefinitions |= map(if .name == $name then .image = $image else . end)
    | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
          .registeredAt, .registeredBy, .deregisteredAt)
    | if ($tags | length) > 0 then .tags = $tags else . end' "$1"
}

# --- migrations: the one-off task, before the service sees the new code -------------------------------
step="registering a revision of $migrate_family with the new image"
aws ecs describe-task-definition --region "$region" --task-definition "$migrate_family" --include TAGS --output json \
  >"$work/migrate-current.json"
jq -e --arg name "$migrate_container" 'any(.taskDefinition.containerDefinitions[]; .name == $name)' "$work/migrate-current.json" >/dev/null \
  || { echo "deploy: task definition $migrate_family has no container named $migrate_container" >&2; exit 1; }
next_revision "$work/migrate-current.json" "$migrate_container" >"$work/migrate-next.json"
migrate_task_definition=$(aws ecs register-task-definition --region "$region" --cli-input-json "file://$work/migrate-next.json" \
  --query 'taskDefinition.taskDefinitionArn' --output text)
say "registered ${migrate_task_definition##*/}"

step="starting the migration task"
network=$(jq -nc --argjson subnets "$subnets" --arg group "$task_security_group" \
  '{awsvpcConfiguration: {subnets: $subnets, securityGroups: [$group], assignPublicIp: "DISABLED"}}')
aws ecs run-task --region "$region" --cluster "$cluster" --task-definition "$migrate_task_definition" \
  --launch-type FARGATE --count 1 --started-by "deploy-$tag" --network-configuration "$network" \
  --output json >"$work/run-task.json"
if [ "$(jq '.failures | length' "$work/run-task.json")" != 0 ] || ! jq -e '.tasks[0].taskArn' "$work/run-task.json" >/dev/null; then
  echo "deploy: the migration task did not start: $(jq -c '.failures' "$work/run-task.json")" >&2
  false
fi
migration_task=$(jq -r '.tasks[0].taskArn' "$work/run-task.json")
migration_log_stream="migrate/$migrate_container/${migration_task##*/}"
say "migration task ${migration_task##*/} started; log stream $migration_log_stream in $log_group"

step="waiting for the migration task to finish (at most 10 minutes)"
if ! aws ecs wait tasks-stopped --region "$region" --cluster "$cluster" --tasks "$migration_task"; then
  aws ecs stop-task --region "$region" --cluster "$cluster" --task "$migration_task" \
    --reason "deploy.sh: the migration did not finish in 10 minutes" >/dev/null || true
  echo "deploy: the migration task did not stop within 10 minutes; stopped it" >&2
  false
fi

step="checking the migration task's exit code"
aws ecs describe-tasks --region "$region" --cluster "$cluster" --tasks "$migration_task" --output json >"$work/migration.json"
exit_code=$(jq -r --arg name "$migrate_container" \
  '.tasks[0].containers[] | select(.name == $name) | .exitCode // "none"' "$work/migration.json")
if [ "$exit_code" != 0 ]; then
  echo "deploy: the migration task failed: exit code $exit_code; $(jq -r --arg name "$migrate_container" \
    '.tasks[0] | "stopped: \(.stoppedReason // "?"); container: \((.containers[] | select(.name == $name) | .reason) // "-")"' \
    "$work/migration.json")" >&2
  echo "Its last log lines ($log_group, $migration_log_stream):" >&2
  aws logs get-log-events --region "$region" --log-group-name "$log_group" --log-stream-name "$migration_log_stream" \
    --limit 40 --output json 2>/dev/null | jq -r '.events[].message' >&2 || echo "  (no log events: the container may not have started)" >&2
  false
fi
say "migrations applied (${migration_task##*/} exited 0)"

if [ "$mode" = --migrate-only ]; then
  migration_log_stream=""
  cat <<MSG

Done; the service was not touched. Tasks read secrets when they start: after a new app role password,
roll the service so that every task uses it:
  aws ecs update-service --region $region --cluster $cluster --service $service --force-new-deployment
  aws ecs wait services-stable --region $region --cluster $cluster --services $service
MSG
  exit 0
fi
migration_log_stream=""

# --- roll the service -----------------------------------------------------------------------------------
step="registering a task definition revision with the new image"
next_revision "$work/current.json" "$container" >"$work/next.json"
new_task_definition=$(aws ecs register-task-definition --region "$region" --cli-input-json "file://$work/next.json" \
  --query 'taskDefinition.taskDefinitionArn' --output text)
say "registered $new_task_definition"

step="updating the service"
aws ecs update-service --region "$region" --cluster "$cluster" --service "$service" \
  --task-definition "$new_task_definition" >/dev/null
service_updated=true
say "rolling $service to ${new_task_definition##*/} (previously ${previous_task_definition##*/})"

step="waiting for the service to become stable (at most 10 minutes)"
aws ecs wait services-stable --region "$region" --cluster "$cluster" --services "$service"

step="checking that the new revision is the one running"
read -r running rollout < <(aws ecs describe-services --region "$region" --cluster "$cluster" --services "$service" \
  --query "services[0].deployments[?status=='PRIMARY'] | [0].[taskDefinition, rolloutState]" --output text)
if [ "$running" != "$new_task_definition" ] || [ "$rollout" != COMPLETED ]; then
  echo "deploy: the deployment circuit breaker rolled back: running ${running##*/} ($rollout), not ${new_task_definition##*/}" >&2
  false
fi

step="smoke-testing $alb_url"
say "smoke test"
smoke_args=("$alb_url")
[ "${SMOKE_SKIP_TMDB:-}" != 1 ] || smoke_args+=(--skip-tmdb)
scripts/smoke-test.sh "${smoke_args[@]}"

say "deployed $image to $env_name: $alb_url"
