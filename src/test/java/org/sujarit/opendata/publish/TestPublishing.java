package org.sujarit.opendata.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.opendata.DocumentType;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/** Datasets, portals and signed-in people for publication tests. */
final class TestPublishing {

	static final String TOKEN = "ckan-token-0123456789abcdef";

	static final String ORG = "pao-phayao";

	private TestPublishing() {
	}

	/** PAO Phayao's 2569 budget ordinance: a CSV (primary) and the original PDF. */
	static DatasetToPublish ordinance(Path dir, long agencyId, String laoCode, int fiscalYear) throws IOException {
		Path csv = dir.resolve("budget-" + laoCode + "-" + fiscalYear + ".csv");
		Files.writeString(csv, "fiscal_year,plan,expense_group,amount\r\n" + fiscalYear + ",บริหารงานทั่วไป,งบบุคลากร,1250000.00\r\n"
				+ fiscalYear + ",การศึกษา,งบลงทุน,3400000.50\r\n", StandardCharsets.UTF_8);
		Path pdf = dir.resolve("ordinance-" + laoCode + "-" + fiscalYear + ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.ISO_8859_1);
		String name = "องค์การบริหารส่วนจังหวัดพะเยา";
		return new DatasetToPublish(4200 + fiscalYear, agencyId, laoCode, name, "พะเยา", fiscalYear,
				DocumentType.ORDINANCE, "ข้อบัญญัติงบประมาณรายจ่ายประจำปี " + fiscalYear + " " + name + " (" + laoCode + ")",
				"รายการงบประมาณรายจ่ายตามข้อบัญญัติ จำแนกตามแผนงาน งบ และหมวดรายจ่าย",
				List.of(new DatasetToPublish.Resource("งบประมาณรายจ่าย (CSV)", "CSV", "text/csv", csv, true),
						new DatasetToPublish.Resource("ข้อบัญญัติฉบับประกาศ (PDF)", "PDF", "application/pdf", pdf, false)));
	}

	static long portal(PortalRepository portals, String baseUrl, String licenseId) {
		return portals.insertPortal("test portal " + System.nanoTime(), baseUrl, licenseId);
	}

	static void credential(PortalRepository portals, TokenCipher cipher, long portalId, long agencyId, String token) {
		portals.upsertCredential(portalId, agencyId, ORG, "กองคลัง อบจ.พะเยา", "finance@phayaopao.go.th",
				cipher.encrypt(token), token.substring(token.length() - 4), "test");
	}

	static void signIn(SujaritUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	static SujaritUser coordinator() {
		return TestPrincipals.principal("test.coordinator", null, Role.COORDINATOR);
	}

}
