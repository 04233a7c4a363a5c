package org.sujarit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.IntegrationTest;

/**
 * As in production, the application is up before its search index has opened: the index is built on a
 * thread of its own, and then kept current like one opened at start.
 */
@IntegrationTest
@TestPropertySource(properties = "sujarit.search.start-in-background=true")
class SearchBackgroundStartIntegrationTests {

	@Autowired
	Search search;

	@Test
	void theIndexIsBuiltAfterTheApplicationHasStarted() {
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> search.status().ready());

		assertThat(search.status().builtAt()).isNotNull();
		assertThat(search.status().rebuilding()).isFalse();
	}

}
