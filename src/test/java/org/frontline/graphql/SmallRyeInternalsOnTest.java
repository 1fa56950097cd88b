package org.frontline.graphql;

import io.quarkus.test.junit.QuarkusTest;

/** The core answers with the plain fetchers and the prefetch on, as the service ships. */
@QuarkusTest
class SmallRyeInternalsOnTest extends CoreAnswers {

    SmallRyeInternalsOnTest() {
        super(true);
    }
}
