package org.frontline.region;

import org.junit.jupiter.api.Tag;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * RegionTest against the native executable ({@code ./mvnw verify -Pnative}), where what the image registers
 * for reflection can change an answer. Not against the packaged JVM application (pom.xml,
 * its.excludedGroups): that runs the classes RegionTest runs in-process, and what the jar alone can
 * show, its start and its production configuration, StartLogIT, HealthIT, MetricsIT and ClientSuiteIT show.
 */
@Tag("api-suite")
@QuarkusIntegrationTest
class RegionIT extends RegionTest {
}
