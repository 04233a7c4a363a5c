package org.sujarit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.platform.web.DomainException;

@IntegrationTest
@Transactional
@RecordApplicationEvents
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class PlanningIntegrationTests {

	@Autowired
	org.sujarit.platform.audit.AuditLog audit;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData referenceData;

	TestPlans.Agencies agencies;

	TestPlans.Tree tree;

	@BeforeEach
	void plan() {
		agencies = TestPlans.agencies(directory);
		tree = TestPlans.tree(planning);
	}

	@Test
	void referenceDataIsLoadedOnStartAndReloadingChangesNothing() {
		assertThat(planning.cpiSources()).extracting(CpiSource::code)
			.containsExactly("WEF", "IMD", "PRS", "GI", "BF", "WJP", "EIU", "PERC", "VDEM");
		assertThat(planning.cpiSources()).filteredOn(source -> source.code().equals("PRS"))
			.singleElement()
			.satisfies(prs -> assertThat(prs.workingGroups()).containsExactlyInAnyOrder("BRIBERY", "OVERSIGHT"));
		assertThat(planning.workingGroups()).extracting(WorkingGroup::code)
			.containsExactly("BRIBERY", "OVERSIGHT", "BUDGET", "EFFECTIVENESS");
		assertThat(referenceData.load()).isZero();
	}

	@Test
	void theFacadeReadsActivitiesWithTheirSourceItemAndInheritedTargets() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		ActivitySummary activity = planning.activity(id).orElseThrow();
		assertThat(activity.code()).isEqualTo("A66-001");
		assertThat(activity.fiscalYear()).isEqualTo(2566);
		assertThat(activity.sourceCode()).isEqualTo("TEST_SRC");
		assertThat(activity.sourceNameTh()).isEqualTo("ข้อเสนอแนะทดสอบ");
		assertThat(activity.itemCode()).isEqualTo("1.1");
		assertThat(activity.itemTitleTh()).isEqualTo("มาตรการทดสอบ");
		assertThat(activity.startDate()).isEqualTo(LocalDate.of(2022, 10, 1));
		assertThat(activity.plannedBudget()).isEqualByComparingTo("150000.50");
		assertThat(activity.quickWin()).isTrue();
		// own WEF + EIU from the measure; BRIBERY from the area, OVERSIGHT/BUDGET through EIU and WEF
		assertThat(activity.cpiSources()).containsExactly("EIU", "WEF");
		assertThat(activity.workingGroups()).containsExactly("BRIBERY", "BUDGET", "OVERSIGHT");
		assertThat(planning.activities(List.of(id, -1L))).containsOnlyKeys(id);
		assertThat(planning.sources()).extracting(RecommendationSource::code).contains("TEST_SRC");

		ActivityDetail detail = planning.activityDetail(id).orElseThrow();
		assertThat(detail.itemPath()).extracting(RecommendationItem::code).containsExactly("1", "1.1");
		assertThat(detail.ownCpiSources()).containsExactly("WEF");
		assertThat(detail.version()).isZero();
	}

	@Test
	void aFiscalYearHasItsShortTermActivitiesAndTheLongTermOnesRunningInIt() {
		long shortOne = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		long longOne = planning.createActivity(TestPlans.longTerm(tree.area(), 2566, 2570));
		assertThat(planning.activity(longOne).orElseThrow().code()).isEqualTo("L66-001");
		assertThat(ids(planning.activitiesOf(2566))).contains(shortOne, longOne);
		assertThat(ids(planning.activitiesOf(2568))).contains(longOne).doesNotContain(shortOne);
		assertThat(ids(planning.activitiesOf(2571))).doesNotContain(shortOne, longOne);

		planning.assign(shortOne, List.of(agencies.department1()), AgencyRole.LEAD);
		planning.assign(longOne, List.of(agencies.department2(), agencies.ministry()), AgencyRole.CO);
		planning.changeRole(longOne, agencies.ministry(), AgencyRole.LEAD);
		assertThat(planning.assignments(2568)).filteredOn(a -> a.activityId() == shortOne || a.activityId() == longOne)
			.containsExactly(new Assignment(longOne, agencies.ministry(), AgencyRole.LEAD),
					new Assignment(longOne, agencies.department2(), AgencyRole.CO));
		assertThat(planning.assignments(2566)).filteredOn(a -> a.activityId() == shortOne)
			.containsExactly(new Assignment(shortOne, agencies.department1(), AgencyRole.LEAD));
		assertThat(planning.assignmentsOf(longOne)).first()
			.isEqualTo(new Assignment(longOne, agencies.ministry(), AgencyRole.LEAD));
	}

	@Test
	void assigningBySelectorAddsOnlyNewAgenciesAndPublishesAgenciesAssigned() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		planning.assign(id, List.of(agencies.paoT1()), AgencyRole.LEAD);
		AgencySelector everyPaoInTestProvinces = new AgencySelector(Set.of(AgencyType.PROVINCIAL_ADMIN_ORG),
				Set.of("T1", "T2"), null, null);
		assertThat(planning.preview(everyPaoInTestProvinces)).containsExactlyInAnyOrder(agencies.paoT1(), agencies.paoT2());

		AssignmentResult result = planning.assign(id, everyPaoInTestProvinces, AgencyRole.CO);

		assertThat(result.added()).containsExactly(agencies.paoT2());
		assertThat(result.alreadyAssigned()).isEqualTo(1);
		assertThat(events.stream(AgenciesAssigned.class).filter(e -> e.activityId() == id))
			.containsExactly(new AgenciesAssigned(id, 2566, Set.of(agencies.paoT1())),
					new AgenciesAssigned(id, 2566, Set.of(agencies.paoT2())));
		assertThat(planning.assignmentsOf(id)).containsExactly(new Assignment(id, agencies.paoT1(), AgencyRole.LEAD),
				new Assignment(id, agencies.paoT2(), AgencyRole.CO));

		planning.assign(id, everyPaoInTestProvinces, AgencyRole.CO);
		assertThat(events.stream(AgenciesAssigned.class).filter(e -> e.activityId() == id)).hasSize(2);
	}

	@Test
	void aParentSelectorReachesEveryAgencyBelowIt() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		AssignmentResult result = planning.assign(id, new AgencySelector(null, null, Set.of(agencies.ministry()), null),
				AgencyRole.CO);
		assertThat(result.added()).contains(agencies.department1(), agencies.department2())
			.doesNotContain(agencies.paoT1());
	}

	@Test
	void aLongTermActivityAnnouncesItsAgenciesForEveryYearItRunsIn() {
		long id = planning.createActivity(TestPlans.longTerm(tree.area(), 2566, 2570));
		planning.assign(id, List.of(agencies.department1()), AgencyRole.LEAD);
		assertThat(events.stream(AgenciesAssigned.class).filter(e -> e.activityId() == id))
			.extracting(AgenciesAssigned::fiscalYear)
			.containsExactly(2566, 2567, 2568, 2569, 2570);
	}

	@Test
	void lengtheningAnActivityAnnouncesItsAgenciesForTheAddedYears() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		planning.assign(id, List.of(agencies.department1()), AgencyRole.LEAD);
		ActivityDraft longer = TestPlans.longTerm(tree.measure(), 2566, 2567);
		planning.updateActivity(id, 0, longer);
		assertThat(events.stream(AgenciesAssigned.class).filter(e -> e.activityId() == id))
			.containsExactly(new AgenciesAssigned(id, 2566, Set.of(agencies.department1())),
					new AgenciesAssigned(id, 2567, Set.of(agencies.department1())));
	}

	@Test
	void unassigningPublishesAgencyUnassigned() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		planning.assign(id, List.of(agencies.department1()), AgencyRole.LEAD);
		planning.unassign(id, agencies.department1());
		assertThat(planning.assignmentsOf(id)).isEmpty();
		assertThat(events.stream(AgencyUnassigned.class)).containsExactly(new AgencyUnassigned(id, agencies.department1()));
		assertThatThrownBy(() -> planning.unassign(id, agencies.department1())).isInstanceOf(DomainException.class);
	}

	@Test
	void assigningAnAgencyTheDirectoryDoesNotKnowIsRefused() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		assertThatThrownBy(() -> planning.assign(id, List.of(-42L), AgencyRole.CO))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("planning.assignment.agency-unknown"));
	}

	@Test
	void changingAKpiDefinitionAddsAVersionAndKeepsTheOldOnes() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		long kpi = planning.addKpi(id, new KpiDraft("ร้อยละความพึงพอใจ", "ร้อยละ", new BigDecimal("80"),
				new BigDecimal("83.24"), true, null));
		assertThat(planning.kpis(id)).containsExactly(new Kpi(kpi, id, "ร้อยละความพึงพอใจ", "ร้อยละ",
				new BigDecimal("80"), new BigDecimal("83.24"), true, 1));

		planning.redefineKpi(kpi, 1, new KpiDraft("ร้อยละความพึงพอใจ", "ร้อยละ", new BigDecimal("80"),
				new BigDecimal("85"), true, "เป้าหมายปรับตามมติคณะอนุกรรมการ"));

		assertThat(planning.kpis(id)).singleElement().satisfies(current -> {
			assertThat(current.definitionVersion()).isEqualTo(2);
			assertThat(current.target()).isEqualByComparingTo("85");
		});
		KpiHistory history = planning.kpiHistories(id).get(0);
		assertThat(history.versions()).extracting(KpiVersion::version).containsExactly(1, 2);
		assertThat(history.versions().get(0).target()).isEqualByComparingTo("83.24");
		assertThat(history.versions().get(1).changeReason()).isEqualTo("เป้าหมายปรับตามมติคณะอนุกรรมการ");
		assertThat(history.versions().get(1).changedBy()).isEqualTo("coordinator");
		assertThat(planning.kpiVersion(kpi, 1).orElseThrow().target()).isEqualByComparingTo("83.24");

		// someone who read version 1 cannot overwrite version 2
		assertThatThrownBy(() -> planning.redefineKpi(kpi, 1,
				new KpiDraft("ร้อยละความพึงพอใจ", "ร้อยละ", null, new BigDecimal("90"), true, null)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		// saving the same definition again is not a new version
		planning.redefineKpi(kpi, 2, new KpiDraft("ร้อยละความพึงพอใจ", "ร้อยละ", new BigDecimal("80.00"),
				new BigDecimal("85"), true, null));
		assertThat(planning.kpiHistories(id).get(0).versions()).hasSize(2);

		planning.retireKpi(kpi, 2);
		assertThat(planning.kpis(id)).isEmpty();
		assertThat(planning.kpiHistories(id)).singleElement().satisfies(h -> assertThat(h.retired()).isTrue());
	}

	@Test
	void aConcurrentEditOfAnActivityFailsTheOptimisticLock() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		ActivityDraft first = TestPlans.shortTerm(tree.measure(), 2566);
		ActivityDraft renamed = new ActivityDraft(first.itemId(), null, 2566, PlanTerm.SHORT, null, "ชื่อใหม่ของผู้แก้ไขคนแรก",
				null, null, null, null, null, false, null, Set.of(), Set.of(), false);
		ActivityDraft other = new ActivityDraft(first.itemId(), null, 2566, PlanTerm.SHORT, null, "ชื่อของผู้แก้ไขคนที่สอง",
				null, null, null, null, null, false, null, Set.of(), Set.of(), false);

		planning.updateActivity(id, 0, renamed);
		assertThatThrownBy(() -> planning.updateActivity(id, 0, other))
			.isInstanceOf(OptimisticLockingFailureException.class);

		ActivityDetail stored = planning.activityDetail(id).orElseThrow();
		assertThat(stored.summary().titleTh()).isEqualTo("ชื่อใหม่ของผู้แก้ไขคนแรก");
		assertThat(stored.summary().code()).isEqualTo("A66-001");
		assertThat(stored.version()).isEqualTo(1);
	}

	@Test
	void hardRulesRefuseAndWarningsNeedConfirmation() {
		ActivityDraft base = TestPlans.shortTerm(tree.measure(), 2566);
		ActivityDraft negative = new ActivityDraft(base.itemId(), null, 2566, PlanTerm.SHORT, null, base.titleTh(), null,
				null, null, null, new BigDecimal("-1"), false, null, Set.of(), Set.of(), true);
		assertThatThrownBy(() -> planning.createActivity(negative)).isInstanceOfSatisfying(PlanRulesBroken.class,
				ex -> assertThat(ex.code()).isEqualTo("planning.activity.budget.negative"));

		ActivityDraft carriedOver = new ActivityDraft(base.itemId(), null, 2566, PlanTerm.SHORT, null, base.titleTh(),
				null, null, LocalDate.of(2020, 10, 1), LocalDate.of(2023, 9, 30), null, false, null, Set.of(), Set.of(),
				false);
		assertThat(planning.checkActivity(null, carriedOver)).extracting(RuleViolation::code)
			.containsExactly("planning.activity.dates.outside-fiscal-year");
		assertThatThrownBy(() -> planning.createActivity(carriedOver)).isInstanceOfSatisfying(PlanRulesBroken.class,
				ex -> assertThat(ex.code()).isEqualTo("planning.activity.warnings.unconfirmed"));
		long id = planning.createActivity(carriedOver.confirmed());
		assertThat(planning.activity(id)).isPresent();

		ActivityDraft duplicate = new ActivityDraft(base.itemId(), "A66-001", 2566, PlanTerm.SHORT, null, base.titleTh(),
				null, null, null, null, null, false, null, Set.of(), Set.of(), false);
		assertThat(planning.checkActivity(null, duplicate)).extracting(RuleViolation::code)
			.containsExactly("planning.activity.code.taken");
	}

	@Test
	void itemsKeepTheirTreeConsistent() {
		long sub = planning.createItem(tree.source(),
				new ItemDraft(tree.measure(), "1.1.1", ItemLevel.SUB_MEASURE, "มาตรการย่อย", null, Set.of(), Set.of()));
		RecommendationItem area = planning.item(tree.area()).orElseThrow();
		ItemDraft underItsGrandchild = new ItemDraft(sub, "1", ItemLevel.AREA, area.titleTh(), null, Set.of(), Set.of());
		assertThat(planning.checkItem(tree.source(), tree.area(), underItsGrandchild)).extracting(RuleViolation::code)
			.contains("planning.item.parent.cycle");
		assertThatThrownBy(() -> planning.createItem(tree.source(),
				new ItemDraft(null, "1.1", ItemLevel.MEASURE, "ซ้ำ", null, Set.of(), Set.of())))
			.isInstanceOfSatisfying(PlanRulesBroken.class, ex -> assertThat(ex.code()).isEqualTo("planning.item.code.taken"));

		planning.createActivity(TestPlans.shortTerm(sub, 2566));
		int version = planning.item(sub).orElseThrow().version();
		assertThatThrownBy(() -> planning.deleteItem(sub, version)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("planning.item.in-use"));

		SourceTree loaded = planning.tree(tree.source(), null);
		assertThat(loaded.roots()).singleElement().satisfies(root -> {
			assertThat(root.item().code()).isEqualTo("1");
			assertThat(root.children()).singleElement()
				.satisfies(measure -> assertThat(measure.children()).singleElement()
					.satisfies(leaf -> assertThat(leaf.activities()).hasSize(1)));
			assertThat(root.activityCount()).isEqualTo(1);
		});
		assertThat(planning.sourceOverviews(2566)).filteredOn(o -> o.source().id() == tree.source())
			.singleElement()
			.satisfies(o -> {
				assertThat(o.items()).isEqualTo(3);
				assertThat(o.activities()).isEqualTo(1);
				assertThat(o.quickWins()).isEqualTo(1);
			});
	}

	@Test
	void filtersByWorkingGroupCpiSourceAgencyAndTerm() {
		long bribery = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		long otherItem = planning.createItem(tree.source(),
				new ItemDraft(null, "2", ItemLevel.AREA, "ด้านอื่น", null, Set.of(), Set.of()));
		long effectiveness = planning.createActivity(new ActivityDraft(otherItem, null, 2566, PlanTerm.SHORT, null,
				"กิจกรรมด้านประสิทธิภาพ", null, null, null, null, null, false, null, Set.of("PERC"), Set.of(), false));
		planning.assign(effectiveness, List.of(agencies.saoT1()), AgencyRole.LEAD);

		ActivityFilter inSource = new ActivityFilter(null, tree.source(), null, null, null, null, null, null);
		assertThat(ids(planning.findActivities(inSource, 100, 0))).containsExactlyInAnyOrder(bribery, effectiveness);
		assertThat(ids(planning.findActivities(
				new ActivityFilter(null, tree.source(), "EFFECTIVENESS", null, null, null, null, null), 100, 0)))
			.containsExactly(effectiveness);
		assertThat(ids(planning.findActivities(
				new ActivityFilter(null, tree.source(), "BRIBERY", null, null, null, null, null), 100, 0)))
			.containsExactly(bribery);
		assertThat(ids(planning.findActivities(new ActivityFilter(null, tree.source(), null, "EIU", null, null, null, null),
				100, 0))).containsExactly(bribery);
		assertThat(ids(planning.findActivities(
				new ActivityFilter(null, null, null, null, agencies.saoT1(), null, null, null), 100, 0)))
			.containsExactly(effectiveness);
		assertThat(ids(planning.findActivities(new ActivityFilter(null, tree.source(), null, null, null, true, null, null),
				100, 0))).containsExactly(bribery);
		assertThat(planning.countActivities(
				new ActivityFilter(null, tree.source(), null, null, null, null, PlanTerm.LONG, null))).isZero();
		assertThat(planning.countActivities(new ActivityFilter(2567, tree.source(), null, null, null, null, null, null)))
			.isZero();
	}

	@Test
	void aReporterCannotChangePlans() {
		as("reporter", "AGENCY_REPORTER", () -> {
			assertThatThrownBy(() -> planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> planning.createSource(new SourceDraft("NOPE", "x", null, null, null, null, true)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> planning.assign(1L, List.of(1L), AgencyRole.CO))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> planning.redefineKpi(1L, 1, new KpiDraft("x", null, null, null, true, null)))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	@Test
	void aSystemAdministratorEditsSourcesButNotActivities() {
		as("admin", "SYSTEM_ADMIN", () -> {
			assertThat(planning.createSource(new SourceDraft("ADMIN_SRC", "แหล่งของผู้ดูแล", null, null, null, null, true)))
				.isPositive();
			assertThatThrownBy(() -> planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566)))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	/** Runs the work as another user, then puts the coordinator back. */
	private static void as(String username, String role, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void changesAreAuditedWithTheActor() {
		long id = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
		assertThat(audit.history("planning_activity", String.valueOf(id))).filteredOn(e -> e.action().equals("INSERT"))
			.singleElement()
			.extracting(org.sujarit.platform.audit.AuditEntry::actor)
			.isEqualTo("coordinator");
	}

	private static List<Long> ids(List<ActivitySummary> activities) {
		return activities.stream().map(ActivitySummary::id).toList();
	}

}
