package org.sujarit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsUnitTests {

	@Test
	void everyWordBecomesAnEscapedPattern() {
		assertThat(SearchWords.likePatterns(" อบต.  บางด้วน ")).containsExactly("%อบต.%", "%บางด้วน%");
		assertThat(SearchWords.likePatterns("100%_a\\b")).containsExactly("%100\\%\\_a\\\\b%");
		assertThat(SearchWords.likePatterns("๒๕๐๐๑๐๑")).containsExactly("%2500101%");
		assertThat(SearchWords.likePatterns("  ")).isEmpty();
		assertThat(SearchWords.likePatterns(null)).isEmpty();
	}

}
