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
# -Dproduction leaves the embedded-PostgreSQL binaries out of the jar (the task talks to RDS);
# tests and formatting are checked by CI's ./mvnw verify, not here.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Dproduction -Dmaven.test.skip=true -Dspotless.check.skip=true package \
 && java -Djarmode=tools -jar target/frameratr.jar extract --layers --destination /extracted

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
# (TieredStopAtLevel=1): on a quarter core C2 compiles compete with requests for minutes. In
# bench/run.sh small fargate (0.25 vCPU / 512 MB) these flags started in 30.7 s against 74.3 s for
# the JVM's defaults and served 131 against 64 req/s of the mixed workload; with the AOT cache below,
# 19.9 s and 133 req/s, 213 MB RSS under load (docs/performance.md). bench/run.sh reads this line.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+UseCompactObjectHeaders -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -XX:ErrorFile=/tmp/hs_err_pid%p.log" \
    LOG_FORMAT=json \
    PORT=3000 \
    DB_SSLMODE=verify-full \
    DB_SSLROOTCERT=/app/rds-global-bundle.pem

# AOT cache (JDK 25, JEP 483/514/515): a training run that starts the Spring context and exits
# records loaded and linked classes and method profiles, so the task starts much faster on
# 0.25 vCPU. No database exists at build time: the training run names one and a Firebase project
# (so the production configuration is what gets recorded) but keeps Flyway off, and nothing else
# connects on start-up.
RUN DB_HOST=127.0.0.1 FIREBASE_PROJECT_ID=frameratr-aot-training java $JAVA_OPTS -XX:AOTCacheOutput=/app/frameratr.aot \
        -Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false \
        -jar /app/frameratr.jar \
 && test -s /app/frameratr.aot

USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-3000} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"ok\":true' <&3"]
# exec: java is PID 1 and receives ECS's SIGTERM directly (graceful shutdown).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=/app/frameratr.aot -jar /app/frameratr.jar \"$@\"", "frameratr"]
