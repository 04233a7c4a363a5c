package org.sujarit.opendata.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentState;
import org.sujarit.opendata.DocumentType;
import org.sujarit.platform.web.DomainException;

/**
 * The state rule (document → LAO state, out of date first), which LAOs a filter counts and lists, and the
 * shares per state.
 */
class ProgressRulesUnitTests {

	@Test
	void noDocumentIsNotStarted() {
		assertThat(ProgressRules.state(null, false)).isEqualTo(ProgressState.NOT_STARTED);
	}

	@Test
	void aDocumentNotChangedSincePublicationHasItsOwnState() {
		assertThat(ProgressRules.state(DocumentState.UPLOADED, false)).isEqualTo(ProgressState.UPLOADED);
		assertThat(ProgressRules.state(DocumentState.INVALID, false)).isEqualTo(ProgressState.INVALID);
		assertThat(ProgressRules.state(DocumentState.VALID, false)).isEqualTo(ProgressState.VALID);
		assertThat(ProgressRules.state(DocumentState.PUBLISHED, false)).isEqualTo(ProgressState.PUBLISHED);
	}

	@Test
	void aDocumentChangedSinceItWasPublishedIsOutOfDateWhateverItsCheckSaysNow() {
		// re-uploaded after publication: back to UPLOADED, then checked INVALID or VALID again
		for (DocumentState state : DocumentState.values()) {
			assertThat(ProgressRules.state(state, true)).as(state.name()).isEqualTo(ProgressState.OUT_OF_DATE);
		}
	}

	@Test
	void everyStateButPublishedIsToChaseAndOutOfDateIsStillOnThePortal() {
		assertThat(List.of(ProgressState.values()).stream().filter(ProgressState::toChase))
			.containsExactly(ProgressState.NOT_STARTED, ProgressState.UPLOADED, ProgressState.INVALID, ProgressState.VALID,
					ProgressState.OUT_OF_DATE);
		assertThat(List.of(ProgressState.values()).stream().filter(ProgressState::onPortal))
			.containsExactly(ProgressState.PUBLISHED, ProgressState.OUT_OF_DATE);
	}

	@Test
	void theFilterCountsByProvinceAndTypeAndListsByStateOrWhatIsLeftToChase() {
		LaoProgress published = lao("50", AgencyType.PROVINCIAL_ADMIN_ORG, ProgressState.PUBLISHED);
		LaoProgress invalid = lao("50", AgencyType.SUBDISTRICT_ADMIN_ORG, ProgressState.INVALID);
		LaoProgress elsewhere = lao("56", AgencyType.SUBDISTRICT_ADMIN_ORG, ProgressState.NOT_STARTED);

		ProgressFilter all = ProgressFilter.of(2569, DocumentType.ORDINANCE);
		assertThat(List.of(published, invalid, elsewhere).stream().filter(all::counts)).hasSize(3);
		assertThat(List.of(published, invalid, elsewhere).stream().filter(all::lists)).containsExactly(invalid, elsewhere);

		ProgressFilter chiangMai = new ProgressFilter(2569, DocumentType.ORDINANCE, "50", null, null);
		assertThat(List.of(published, invalid, elsewhere).stream().filter(chiangMai::counts)).containsExactly(published,
				invalid);

		ProgressFilter saos = new ProgressFilter(2569, DocumentType.ORDINANCE, " ", AgencyType.SUBDISTRICT_ADMIN_ORG,
				ProgressState.NOT_STARTED);
		assertThat(saos.provinceCode()).isNull();
		assertThat(List.of(published, invalid, elsewhere).stream().filter(saos::counts)).containsExactly(invalid, elsewhere);
		assertThat(List.of(published, invalid, elsewhere).stream().filter(saos::lists)).containsExactly(elsewhere);

		ProgressFilter publishedOnly = new ProgressFilter(2569, DocumentType.ORDINANCE, null, null, ProgressState.PUBLISHED);
		assertThat(List.of(published, invalid, elsewhere).stream().filter(publishedOnly::lists)).containsExactly(published);
	}

	@Test
	void aFilterRefusesAYearOutsideTheBuddhistEraRangeAndATypeThatIsNoLocalGovernment() {
		assertThatThrownBy(() -> ProgressFilter.of(2026, DocumentType.ORDINANCE)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("opendata.progress.fiscal-year-invalid");
		assertThatThrownBy(() -> new ProgressFilter(2569, DocumentType.ORDINANCE, null, AgencyType.MINISTRY, null))
			.isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("opendata.progress.not-a-local-government");
		assertThatThrownBy(() -> new ProgressFilter(2569, null, null, null, null)).isInstanceOf(DomainException.class);
	}

	@Test
	void sharesHaveOneDecimalAndEveryStateIsPresent() {
		StateCounts counts = StateCounts.of(List.of(ProgressState.PUBLISHED, ProgressState.PUBLISHED, ProgressState.INVALID));
		assertThat(counts.total()).isEqualTo(3);
		assertThat(counts.count(ProgressState.PUBLISHED)).isEqualTo(2);
		assertThat(counts.count(ProgressState.NOT_STARTED)).isZero();
		assertThat(counts.percent(ProgressState.PUBLISHED)).isEqualByComparingTo(new BigDecimal("66.7"));
		assertThat(counts.percent(ProgressState.INVALID)).isEqualByComparingTo(new BigDecimal("33.3"));
		assertThat(counts.counts()).containsOnlyKeys(ProgressState.values());
		assertThat(StateCounts.of(List.of()).percent(ProgressState.PUBLISHED)).isEqualByComparingTo(BigDecimal.ZERO);
	}

	private static LaoProgress lao(String province, AgencyType type, ProgressState state) {
		return new LaoProgress(province.hashCode() + type.ordinal() * 100L + state.ordinal(), "0000000", "lao", type,
				province, "province", state, null, null, 0, null, null, List.of());
	}

}
