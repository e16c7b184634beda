#!/usr/bin/env bash
# Deploys the current commit to an environment built by infra/terraform.
#
#   scripts/deploy.sh <env>              build, push, roll the ECS service, wait, smoke-test
#   scripts/deploy.sh <env> --push-only  build and push the image only (first-time setup, before
#                                        the first full terraform apply; prints the tag)
#
# Steps: build the image (linux/amd64) tagged with the git SHA; push it to ECR (skipped when that
# tag is already there: tags are immutable); register a new revision of the task definition with
# that image (copied from the newest revision, so Terraform's settings carry over); update the
# service; wait until it is stable; check that the circuit breaker did not roll it back; run
# scripts/smoke-test.sh against the ALB. Stops at the first failing step and prints how to roll back.
#
# Needs: git, docker (with BuildKit), aws CLI v2 with credentials, terraform (initialised for
# <env>: terraform -chdir=infra/terraform init -backend-config=backend.hcl), jq, curl.
# Environment: TF_DIR (default infra/terraform); SMOKE_ID_TOKEN (a Firebase ID token: also smoke-test
# the user endpoints); SMOKE_SKIP_TMDB=1 (environment without a TMDb token); DEPLOY_ALLOW_DIRTY=1
# (deploy uncommitted changes under a "<sha>-dirty-<time>" tag).
set -Eeuo pipefail

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

env_name=${1:-}
mode=${2:-deploy}
[[ "$env_name" =~ ^[a-z][a-z0-9-]{1,13}$ ]] || usage
case "$mode" in deploy | --push-only) ;; *) usage ;; esac

cd "$(dirname "$0")/.."
TF_DIR=${TF_DIR:-infra/terraform}
step="checking prerequisites"
previous_task_definition=""
service_updated=false

on_error() {
  local code=$?
  printf '\nDEPLOY FAILED while %s (exit %s).\n' "$step" "$code" >&2
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
for tool in git docker aws jq curl; do need "$tool"; done

# --- what to deploy: the commit ---------------------------------------------------------------------
tag=$(git rev-parse --short=12 HEAD)
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
  log_group=$(out log_group_name)
  alb_url=$(out alb_url)
fi
image="$repository_url:$tag"
registry=${repository_url%%/*}
repository_name=${repository_url#*/}

# --- build and push -----------------------------------------------------------------------------------
if aws ecr describe-images --region "$region" --repository-name "$repository_name" --image-ids "imageTag=$tag" >/dev/null 2>&1; then
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

# --- roll the service -----------------------------------------------------------------------------------
step="reading the running service"
previous_task_definition=$(aws ecs describe-services --region "$region" --cluster "$cluster" --services "$service" \
  --query 'services[0].taskDefinition' --output text)
[ "$previous_task_definition" != None ] || { echo "deploy: service $service not found in cluster $cluster" >&2; exit 1; }

step="registering a task definition revision with the new image"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aws ecs describe-task-definition --region "$region" --task-definition "$family" --include TAGS --output json >"$work/current.json"
jq -e --arg name "$container" 'any(.taskDefinition.containerDefinitions[]; .name == $name)' "$work/current.json" >/dev/null \
  || { echo "deploy: task definition $family has no container named $container" >&2; exit 1; }
jq --arg image "$image" --arg name "$container" '
  .tags as $tags
  | .taskDefinition
  | .containerDefinitions |= map(if .name == $name then .image = $image else . end)
  | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
        .registeredAt, .registeredBy, .deregisteredAt)
  | if ($tags | length) > 0 then .tags = $tags else . end' "$work/current.json" >"$work/next.json"
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
