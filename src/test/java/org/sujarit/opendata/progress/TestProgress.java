package org.sujarit.opendata.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewUser;
import org.sujarit.opendata.DocumentState;
import org.sujarit.opendata.DocumentType;
import org.sujarit.platform.security.Role;

/**
 * Budget documents of real LAOs (from the DLA list the directory loads) in the states progress tracking
 * tells apart, for a fiscal year no other test uses.
 */
public final class TestProgress {

	/** A year of its own: the counts of these tests are not disturbed by other tests' documents. */
	public static final int YEAR = 2590;

	public static final String PAO_PHAYAO = "2560101";

	public static final String PAO_CHIANG_MAI = "2500101";

	public static final String CITY_CHIANG_MAI = "3500102";

	public static final String SAO_CHANG_PHUEAK = "6500112";

	public static final String SAO_KHUANG_PAO = "6500206";

	/** 20 Nov 2569 (B.E.), 10:00 in Bangkok. */
	public static final Instant UPLOADED = Instant.parse("2026-11-20T03:00:00Z");

	private final JdbcClient jdbc;

	private final Directory directory;

	public TestProgress(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public Agency lao(String code) {
		return directory.agencyByCode(code).orElseThrow();
	}

	/**
	 * Documents of {@link #YEAR}: Phayao PAO published; Chiang Mai PAO published then re-uploaded and now
	 * invalid (out of date); Chiang Mai city invalid with 3 errors; Chang Phueak SAO valid; Khuang Pao SAO
	 * uploaded. Phayao PAO also has a valid specific-purpose subsidy document, and Chiang Mai city a published
	 * ordinance of the next year: neither counts for the ordinance of {@link #YEAR}.
	 */
	public void documents() {
		document(PAO_PHAYAO, YEAR, DocumentType.ORDINANCE, DocumentState.PUBLISHED, false, 0);
		document(PAO_CHIANG_MAI, YEAR, DocumentType.ORDINANCE, DocumentState.INVALID, true, 2);
		document(CITY_CHIANG_MAI, YEAR, DocumentType.ORDINANCE, DocumentState.INVALID, false, 3);
		document(SAO_CHANG_PHUEAK, YEAR, DocumentType.ORDINANCE, DocumentState.VALID, false, 0);
		document(SAO_KHUANG_PAO, YEAR, DocumentType.ORDINANCE, DocumentState.UPLOADED, false, 0);
		document(PAO_PHAYAO, YEAR, DocumentType.SPECIFIC_SUBSIDY, DocumentState.VALID, false, 0);
		document(CITY_CHIANG_MAI, YEAR + 1, DocumentType.ORDINANCE, DocumentState.PUBLISHED, false, 0);
	}

	/** An enabled account of Chiang Mai city with an e-mail and a phone, and a disabled one (not a contact). */
	public void cityContacts() {
		long city = lao(CITY_CHIANG_MAI).id();
		directory.createUser(new NewUser("progress.city.cm", "สมหญิง ใจดี", "finance@cmcity.example", "053-000-111",
				"นักวิชาการเงินและบัญชี", city, Set.of(Role.AGENCY_REPORTER), null), "Progress-Test-2569!");
		long disabled = directory.createUser(new NewUser("progress.city.old", "คนเก่า", "old@cmcity.example", null, null,
				city, Set.of(Role.AGENCY_REPORTER), null), "Progress-Test-2569!");
		jdbc.sql("update directory_user set enabled = false where id = :id").param("id", disabled).update();
	}

	private void document(String code, int year, DocumentType type, DocumentState state, boolean outOfDate,
			int errors) {
		Agency lao = lao(code);
		jdbc.sql("""
				insert into opendata_document (agency_id, lao_code, lao_name_th, fiscal_year, document_type, state,
				    out_of_date, error_count, uploaded_at, uploaded_by, published_at, layout)
				values (:agency, :code, :name, :fy, :type, :state, :outOfDate, :errors, :uploaded, 'test', :published,
				    'TEMPLATE')
				""")
			.param("agency", lao.id())
			.param("code", lao.code())
			.param("name", lao.nameTh())
			.param("fy", year)
			.param("type", type.name())
			.param("state", state.name())
			.param("outOfDate", outOfDate)
			.param("errors", errors)
			.param("uploaded", Timestamp.from(UPLOADED))
			.param("published", state == DocumentState.PUBLISHED || outOfDate ? Timestamp.from(UPLOADED) : null)
			.update();
	}

}
