package org.frontline;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The profile of the tests that write. A profile of its own makes Quarkus start the application
 * again, and with it FreshDatabase: the writes go to a database of their own, and the read tests
 * keep asserting on the untouched seed.
 */
public class Writes implements QuarkusTestProfile {
}
