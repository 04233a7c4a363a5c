package org.sujarit.opendata.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.opendata.BudgetField;
import org.sujarit.opendata.BudgetLine;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OpenData;
import org.sujarit.opendata.OutputFormat;
import org.sujarit.opendata.TestBudgets;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * The public budget explorer on real PostgreSQL: published tables only, totals by plan and budget group,
 * the change from the year before, Thai line search, comparison and downloads, for anyone. Fiscal years
 * 2591–2592 are this test's own.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class BudgetExplorerIntegrationTests {

	@Autowired
	OpenData openData;

	@Autowired
	BudgetExplorer explorer;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	SujaritUser officer;

	long phayao;

	@BeforeEach
	void publishTwoYears() throws Exception {
		phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		officer = TestPrincipals.principal("reporter.phayao", phayao, Role.AGENCY_REPORTER);
		publish(2591, "200,000");
		publish(2592, "300,000");
	}

	@Test
	void aPublishedBudgetShowsItsTotalsByPlanAndGroupAndTheChangeFromTheYearBefore() {
		BudgetOverview overview = explorer.overview(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE);

		assertThat(overview.total()).isEqualByComparingTo("1600000.00");
		assertThat(overview.byPlan()).extracting(Share::name, s -> s.amount().toPlainString(), s -> s.percent().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("แผนงานบริหารงานทั่วไป", "1300000.00", "81.3"),
					org.assertj.core.groups.Tuple.tuple("แผนงานการศึกษา", "300000.00", "18.8"));
		assertThat(overview.byGroup()).extracting(Share::code).contains("personnel", "operations", "subsidies");
		assertThat(overview.previous().fiscalYear()).isEqualTo(2591);
		assertThat(overview.previousTotal()).isEqualByComparingTo("1500000.00");
		YearChange education = overview.planChanges()
			.stream()
			.filter(c -> c.name().equals("แผนงานการศึกษา"))
			.findFirst()
			.orElseThrow();
		assertThat(education.difference()).isEqualByComparingTo("100000");
		assertThat(education.percent()).isEqualByComparingTo("50.0");
		assertThat(overview.otherYears()).extracting(PublishedBudget::fiscalYear).containsExactly(2591);
	}

	@Test
	void correctionsAfterPublishingStayPrivateUntilPublishedAgain() throws Exception {
		long id = openData.publishedDocuments(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE)
			.stream()
			.filter(d -> d.laoCode().equals(TestBudgets.PHAYAO) && d.fiscalYear() == 2592)
			.findFirst()
			.orElseThrow()
			.id();
		BudgetLine cleaning = as(officer, () -> openData.lines(id))
			.stream()
			.filter(l -> "ค่าจ้างเหมาบริการทำความสะอาด".equals(l.item()))
			.findFirst()
			.orElseThrow();
		Map<BudgetField, String> values = new EnumMap<>(BudgetField.class);
		values.put(BudgetField.AMOUNT, "999,999");
		as(officer, () -> openData.updateLine(id, cleaning.id(), cleaning.version(), values));

		BudgetOverview overview = explorer.overview(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE);
		assertThat(overview.budget().correctionPending()).isTrue();
		assertThat(overview.total()).as("the published total").isEqualByComparingTo("1600000.00");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		explorer.write(overview.budget(), OutputFormat.CSV, csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).contains("250000.50").doesNotContain("999999");
	}

	@Test
	void linesAreFoundByThaiWordsNotBySubstrings() {
		assertThat(explorer.lines(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE, "อาหารกลางวัน", 0, 50).lines())
			.extracting(BudgetLineHit::item)
			.containsExactly("อุดหนุนอาหารกลางวัน");
		assertThat(explorer.lines(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE, "ทำความสะอาด", 0, 50).lines())
			.extracting(BudgetLineHit::amount)
			.containsExactly(new BigDecimal("250000.50"));
		assertThat(explorer.lines(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE, "หารกลา", 0, 50).total()).isZero();
		assertThat(explorer.lines(TestBudgets.PHAYAO, 2592, DocumentType.ORDINANCE, "", 0, 2))
			.satisfies(all -> {
				assertThat(all.total()).isEqualTo(4);
				assertThat(all.lines()).hasSize(2);
			});
	}

	@Test
	void theListOfLocalGovernmentsComesAPageAtATime() throws Exception {
		long chiangMai = directory.agencyByCode(TestBudgets.CHIANG_MAI).orElseThrow().id();
		publish(TestPrincipals.principal("reporter.chiangmai", chiangMai, Role.AGENCY_REPORTER), chiangMai, 2592,
				"250,000");
		List<PublishedLao> all = explorer.laos(null, null, null);

		PublishedLaoPage first = explorer.laos(null, null, null, 0, 1);
		PublishedLaoPage second = explorer.laos(null, null, null, 1, 1);

		assertThat(all).extracting(PublishedLao::laoCode).contains(TestBudgets.PHAYAO, TestBudgets.CHIANG_MAI);
		assertThat(first.total()).isEqualTo(all.size());
		assertThat(first.laos()).containsExactly(all.get(0));
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(second.laos()).containsExactly(all.get(1));
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.previousOffset()).isZero();
		assertThat(explorer.laos(null, null, null, 0, 1_000_000).limit()).isEqualTo(BudgetExplorer.MAX_LAOS);
		assertThat(explorer.laos(null, null, null, 5_000, 50).laos()).isEmpty();
	}

	@Test
	void localGovernmentsAreFoundByNameAndComparedWithTheirOwnType() {
		assertThat(explorer.laos("พะเยา", null, null)).extracting(PublishedLao::laoCode).contains(TestBudgets.PHAYAO);
		assertThat(explorer.laos("พะเยา", null, AgencyType.SUBDISTRICT_ADMIN_ORG)).isEmpty();
		LaoComparison comparison = explorer.compare(AgencyType.PROVINCIAL_ADMIN_ORG, 2592, DocumentType.ORDINANCE);
		assertThat(comparison.rows()).extracting(r -> r.budget().laoCode()).containsExactly(TestBudgets.PHAYAO);
		assertThat(comparison.rows().get(0).planPercent().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100.1");
		assertThatThrownBy(() -> explorer.compare(AgencyType.MINISTRY, 2592, DocumentType.ORDINANCE))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void anUnpublishedBudgetIsNotThere() throws Exception {
		upload(2593, "200,000");
		assertThatThrownBy(() -> explorer.overview(TestBudgets.PHAYAO, 2593, DocumentType.ORDINANCE))
			.isInstanceOf(DomainException.class);
		mvc.perform(get("/public/budgets/{lao}/2593", TestBudgets.PHAYAO)).andExpect(status().isNotFound());
		mvc.perform(get("/public/budgets/{lao}/2593/ORDINANCE/files/csv", TestBudgets.PHAYAO))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/budgets/{lao}/2593", TestBudgets.PHAYAO)).andExpect(status().isNotFound());
	}

	@Test
	void anyoneReadsThePagesTheJsonAndTheFiles() throws Exception {
		mvc.perform(get("/public/budgets").param("q", "พะเยา"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("องค์การบริหารส่วนจังหวัดพะเยา")));
		mvc.perform(get("/public/budgets/{lao}/2592", TestBudgets.PHAYAO).param("q", "อาหารกลางวัน"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"plan-map\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("อุดหนุนอาหารกลางวัน")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("+50.0%")));
		mvc.perform(get("/public/budgets/compare").param("type", "PROVINCIAL_ADMIN_ORG").param("fiscalYear", "2592"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(TestBudgets.PHAYAO)));
		mvc.perform(get("/public/budgets/{lao}/2592/ORDINANCE/files/csv", TestBudgets.PHAYAO))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("line_no,lao_code,")));
		for (String format : List.of("xlsx", "datapackage", "csvw")) {
			mvc.perform(get("/public/budgets/{lao}/2592/ORDINANCE/files/{f}", TestBudgets.PHAYAO, format))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/public/budgets/{lao}/2592", TestBudgets.PHAYAO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1600000.00))
			.andExpect(jsonPath("$.planChanges[?(@.name == 'แผนงานการศึกษา')].percent").value(50.0));
		mvc.perform(get("/api/v1/public/budgets/{lao}/2592/lines", TestBudgets.PHAYAO).param("q", "ทำความสะอาด"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/public/budgets/compare").param("type", "MINISTRY").param("fiscalYear", "2592"))
			.andExpect(status().isUnprocessableEntity());
		mvc.perform(get("/api/v1/public/budgets").param("q", "พะเยา").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.laos[0].laoCode").value(TestBudgets.PHAYAO))
			.andExpect(jsonPath("$.limit").value(1));
	}

	@Test
	void theListPageLinksToTheNextPageWithTheSameSearch() throws Exception {
		long chiangMai = directory.agencyByCode(TestBudgets.CHIANG_MAI).orElseThrow().id();
		publish(TestPrincipals.principal("reporter.chiangmai", chiangMai, Role.AGENCY_REPORTER), chiangMai, 2592,
				"250,000");
		int published = explorer.laos(null, null, AgencyType.PROVINCIAL_ADMIN_ORG).size();
		assertThat(published).isGreaterThanOrEqualTo(2);
		mvc.perform(get("/public/budgets").param("type", "PROVINCIAL_ADMIN_ORG"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"lao-pages\""))));
		mvc.perform(get("/public/budgets").param("type", "PROVINCIAL_ADMIN_ORG")
			.param("offset", Integer.toString(published - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"lao-pages\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("type=PROVINCIAL_ADMIN_ORG&amp;offset=0")));
	}

	private void publish(int fiscalYear, String education) throws Exception {
		publish(officer, phayao, fiscalYear, education);
	}

	private void publish(SujaritUser by, long lao, int fiscalYear, String education) throws Exception {
		long id = upload(by, lao, fiscalYear, education);
		assertThat(as(by, () -> openData.validate(id)).valid()).isTrue();
		openData.markPublished(id);
	}

	private long upload(int fiscalYear, String education) throws Exception {
		return upload(officer, phayao, fiscalYear, education);
	}

	private long upload(SujaritUser by, long lao, int fiscalYear, String education) throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		String laoCode = directory.agency(lao).orElseThrow().code();
		for (List<String> row : rows) {
			if (!row.get(0).isEmpty()) {
				row.set(0, Integer.toString(fiscalYear));
				row.set(1, laoCode);
			}
		}
		rows.get(5).set(10, education);
		rows.get(6).set(10, education);
		BigDecimal grand = new BigDecimal("1300000").add(new BigDecimal(education.replace(",", "")));
		rows.get(7).set(10, grand.toPlainString());
		byte[] workbook = TestBudgets.templateWorkbook(rows);
		return as(by, () -> openData.upload(lao, fiscalYear, DocumentType.ORDINANCE,
				new ByteArrayInputStream(workbook), "ข้อบัญญัติ-" + fiscalYear + ".xlsx", null));
	}

	private static <T> T as(SujaritUser user, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
