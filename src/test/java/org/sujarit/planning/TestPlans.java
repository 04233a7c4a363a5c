package org.sujarit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.directory.Province;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * Small builders with valid defaults for planning tests. Callers run inside a test transaction and, for
 * changes through the facade, as a coordinator.
 */
public final class TestPlans {

	private TestPlans() {
	}

	/** Two test provinces, a ministry with two departments, and local governments in both provinces. */
	public record Agencies(long ministry, long department1, long department2, long paoT1, long paoT2, long saoT1) {
	}

	public static Agencies agencies(Directory directory) {
		directory.saveProvince(new Province("T1", "จังหวัดทดสอบหนึ่ง", "Test One", 1));
		directory.saveProvince(new Province("T2", "จังหวัดทดสอบสอง", "Test Two", 2));
		long ministry = directory.saveAgency(agency("TEST-MIN", "กระทรวงทดสอบ", AgencyType.MINISTRY, null, null));
		long d1 = directory.saveAgency(agency("TEST-DEP1", "กรมทดสอบหนึ่ง", AgencyType.DEPARTMENT, "TEST-MIN", null));
		long d2 = directory.saveAgency(agency("TEST-DEP2", "กรมทดสอบสอง", AgencyType.DEPARTMENT, "TEST-MIN", null));
		long pao1 = directory
			.saveAgency(agency("TEST-PAO1", "องค์การบริหารส่วนจังหวัดทดสอบหนึ่ง", AgencyType.PROVINCIAL_ADMIN_ORG, null, "T1"));
		long pao2 = directory
			.saveAgency(agency("TEST-PAO2", "องค์การบริหารส่วนจังหวัดทดสอบสอง", AgencyType.PROVINCIAL_ADMIN_ORG, null, "T2"));
		long sao1 = directory
			.saveAgency(agency("TEST-SAO1", "องค์การบริหารส่วนตำบลทดสอบ", AgencyType.SUBDISTRICT_ADMIN_ORG, null, "T1"));
		return new Agencies(ministry, d1, d2, pao1, pao2, sao1);
	}

	public static NewAgency agency(String code, String name, AgencyType type, String parent, String province) {
		return new NewAgency(code, name, null, null, type, parent, province, null);
	}

	/** A source "TEST_SRC" with area 1 (working group BRIBERY) and measure 1.1 under it (CPI source EIU). */
	public record Tree(long source, long area, long measure) {
	}

	public static Tree tree(Planning planning) {
		long source = planning.createSource(new SourceDraft("TEST_SRC", "ข้อเสนอแนะทดสอบ", "Test source", "ผู้เสนอ",
				"พ.ศ. ๒๕๖๖ - ๒๕๗๐", null, true));
		long area = planning.createItem(source,
				new ItemDraft(null, "1", ItemLevel.AREA, "ด้านทดสอบ", 1, Set.of(), Set.of("BRIBERY")));
		long measure = planning.createItem(source,
				new ItemDraft(area, "1.1", ItemLevel.MEASURE, "มาตรการทดสอบ", 2, Set.of("EIU"), Set.of()));
		return new Tree(source, area, measure);
	}

	public static ActivityDraft shortTerm(long itemId, int fiscalYear) {
		return new ActivityDraft(itemId, null, fiscalYear, PlanTerm.SHORT, null, "กิจกรรมทดสอบระยะสั้น", "รายละเอียด",
				"ต.ค. - ก.ย.", FiscalYear(fiscalYear).start(), FiscalYear(fiscalYear).end(), new BigDecimal("150000.50"),
				true, null, Set.of("WEF"), Set.of(), false);
	}

	public static ActivityDraft longTerm(long itemId, int first, int last) {
		return new ActivityDraft(itemId, null, first, PlanTerm.LONG, last, "กิจกรรมทดสอบระยะยาว", null, null,
				LocalDate.of(first - 544, 10, 1), LocalDate.of(last - 543, 9, 30), null, false, null, Set.of(), Set.of(),
				false);
	}

	/** Runs work as a signed-in user with one role, then restores the previous security context. */
	public static <T> T as(SujaritUser user, java.util.function.Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static SujaritUser user(long id, String username, Role role, Long agencyId, String workingGroup) {
		return new SujaritUser(id, username, null, username, agencyId, Set.of(role), workingGroup, true);
	}

	private static org.sujarit.platform.thai.FiscalYear FiscalYear(int year) {
		return org.sujarit.platform.thai.FiscalYear.of(year);
	}

}
