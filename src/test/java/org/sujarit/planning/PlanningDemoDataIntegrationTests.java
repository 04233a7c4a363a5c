package org.sujarit.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.tabular.BundledCsv;

/**
 * The demo step loads the FY2565 national table and the long-term frame, links agencies by code, skips
 * agencies the directory does not have, and loads nothing twice.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class PlanningDemoDataIntegrationTests {

	/** Left out of the directory on purpose: the lead of A65-001 and A65-003. */
	static final String MISSING_AGENCY = "EECO";

	@Autowired
	PlanningDemoData demo;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	@Autowired
	ApplicationEvents events;

	@Test
	void loadsTheSeedPlansLinksKnownAgenciesAndIsIdempotent() {
		for (BundledCsv.Row row : BundledCsv.read("demo/agencies.csv")) {
			if (!row.get("code").equals(MISSING_AGENCY)) {
				directory.saveAgency(new NewAgency(row.get("code"), row.get("name_th"), row.orNull("name_en"),
						row.orNull("abbrev_th"), AgencyType.valueOf(row.get("type")), row.orNull("parent_code"),
						row.orNull("province_code"), null));
			}
		}

		Actor.runAs("demo", demo::load);

		assertThat(planning.sources()).extracting(RecommendationSource::code)
			.containsSubsequence("SENATE", "NACC3", "TI", "REFORM_PA", "REFORM_AC", "CPI_5Y");
		long senate = planning.sourceByCode("SENATE").orElseThrow().id();
		assertThat(planning.items(senate)).hasSize(25);
		assertThat(planning.tree(senate, null).roots()).hasSize(5);
		int seedActivities = planning.countActivities(new ActivityFilter(2565, null, null, null, null, null, null, null));
		assertThat(seedActivities).isEqualTo(119);
		assertThat(planning.countActivities(new ActivityFilter(2565, null, null, null, null, true, null, null)))
			.isEqualTo(16);

		ActivitySummary eec = planning.activityByCode("A65-001").orElseThrow();
		assertThat(eec.titleTh()).startsWith("ระบบการให้บริการแบบเบ็ดเสร็จ EEC One Stop Service");
		assertThat(eec.timeframeTh()).isEqualTo("๕ ปี");
		assertThat(eec.quickWin()).isTrue();
		// the lead (EECO) is not in the directory: that link is skipped, the co-responsible OPDC is linked
		assertThat(planning.assignmentsOf(eec.id())).singleElement().satisfies(assignment -> {
			assertThat(assignment.role()).isEqualTo(AgencyRole.CO);
			assertThat(assignment.agencyId()).isEqualTo(directory.agencyByCode("OPDC").orElseThrow().id());
		});

		ActivitySummary licences = planning.activityByCode("A65-007").orElseThrow();
		assertThat(planning.kpis(licences.id())).singleElement().satisfies(kpi -> {
			assertThat(kpi.unitTh()).isEqualTo("ใบอนุญาต");
			assertThat(kpi.target()).isEqualByComparingTo("40");
			assertThat(kpi.baseline()).isNull();
			assertThat(kpi.definitionVersion()).isEqualTo(1);
		});

		ActivitySummary eiu = planning.activityByCode("A65-049").orElseThrow();
		assertThat(eiu.cpiSources()).containsExactly("EIU");
		assertThat(eiu.workingGroups()).containsExactly("BUDGET", "OVERSIGHT");
		assertThat(planning.assignmentsOf(eiu.id())).extracting(Assignment::role).contains(AgencyRole.LEAD);

		ActivityDetail longTerm = planning.activityDetail(planning.activityByCode("L66-001").orElseThrow().id())
			.orElseThrow();
		assertThat(longTerm.planTerm()).isEqualTo(PlanTerm.LONG);
		assertThat(longTerm.summary().fiscalYear()).isEqualTo(2566);
		assertThat(longTerm.endFy()).isEqualTo(2570);
		assertThat(longTerm.summary().workingGroups()).containsExactly("BRIBERY");
		assertThat(longTerm.summary().sourceCode()).isEqualTo("CPI_5Y");
		assertThat(planning.countActivities(new ActivityFilter(2568, null, null, null, null, null, PlanTerm.LONG, null)))
			.isEqualTo(4);

		long linked = planning.assignments(2565).size();
		long announced = events.stream(AgenciesAssigned.class).count();
		assertThat(linked).isPositive();
		assertThat(events.stream(AgenciesAssigned.class)).allSatisfy(e -> assertThat(e.fiscalYear()).isEqualTo(2565));

		Actor.runAs("demo", demo::load);

		assertThat(planning.countActivities(new ActivityFilter(2565, null, null, null, null, null, null, null)))
			.isEqualTo(seedActivities);
		assertThat(planning.items(senate)).hasSize(25);
		assertThat(planning.assignments(2565)).hasSize((int) linked);
		assertThat(planning.kpis(licences.id())).hasSize(1);
		assertThat(events.stream(AgenciesAssigned.class).count()).isEqualTo(announced);
		assertThat(Set.copyOf(List.of(planning.sources().stream().map(RecommendationSource::code).toArray())))
			.hasSize(planning.sources().size());
	}

}
