package org.sujarit.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.directory.Province;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.tabular.BundledCsv;

/**
 * Loads the national list of local governments (DLA open dataset, see {@code directory/README.md}) and the
 * provinces it names at every start-up, in every mode: it is reference data, not demo data. Skipped when
 * the file is the one loaded last time (same SHA-256); otherwise inserts new authorities and updates
 * changed ones in a few bulk statements, under a database lock so that nodes starting together load once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DlaReferenceLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DlaReferenceLoader.class);

	static final String NAME = "dla-local-governments";

	static final String RESOURCE = "directory/dla-local-governments.csv";

	static final String PROVINCES = "directory/provinces-en.csv";

	private static final long LOCK = 726100600L;

	/**
	 * Official name prefixes and abbreviations by type: the dataset gives the bare place name
	 * (บางด้วน → องค์การบริหารส่วนตำบลบางด้วน, อบต.บางด้วน). These are part of each authority's legal name.
	 */
	private static final Map<AgencyType, String[]> NAMING = Map.of(
			AgencyType.PROVINCIAL_ADMIN_ORG, new String[] { "องค์การบริหารส่วนจังหวัด", "อบจ." },
			AgencyType.CITY_MUNICIPALITY, new String[] { "เทศบาลนคร", "ทน." },
			AgencyType.TOWN_MUNICIPALITY, new String[] { "เทศบาลเมือง", "ทม." },
			AgencyType.SUBDISTRICT_MUNICIPALITY, new String[] { "เทศบาลตำบล", "ทต." },
			AgencyType.SUBDISTRICT_ADMIN_ORG, new String[] { "องค์การบริหารส่วนตำบล", "อบต." });

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AgencyBulkWriter writer;

	private final Directory directory;

	DlaReferenceLoader(JdbcClient jdbc, TransactionTemplate transactions, AgencyBulkWriter writer,
			Directory directory) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.writer = writer;
		this.directory = directory;
	}

	record Result(boolean skipped, int rows, int inserted, int updated) {
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Actor.runAs("reference-data", this::load);
	}

	Result load() {
		long started = System.nanoTime();
		byte[] bytes = read(RESOURCE);
		byte[] provinceNames = read(PROVINCES);
		String checksum = sha256(bytes) + sha256(provinceNames).substring(0, 8);
		if (checksum.equals(loadedChecksum())) {
			return new Result(true, 0, 0, 0);
		}
		Result result = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).single();
			if (checksum.equals(loadedChecksum())) {
				return new Result(true, 0, 0, 0);
			}
			Parsed parsed = parse(new String(bytes, StandardCharsets.UTF_8),
					new String(provinceNames, StandardCharsets.UTF_8));
			parsed.provinces().values().forEach(directory::saveProvince);
			AgencyBulkWriter.Written written = writer.upsertLocalGovernments(parsed.agencies());
			jdbc.sql("""
					insert into directory_reference_load (name, sha256, row_count) values (:name, :sha, :rows)
					on conflict (name) do update set sha256 = excluded.sha256, row_count = excluded.row_count,
					    loaded_at = now()
					""").param("name", NAME).param("sha", checksum).param("rows", parsed.agencies().size()).update();
			return new Result(false, parsed.agencies().size(), written.inserted(), written.updated());
		});
		if (result != null && !result.skipped()) {
			log.info("Local governments loaded from {}: {} rows, {} new, {} changed, in {} ms", RESOURCE,
					result.rows(), result.inserted(), result.updated(), (System.nanoTime() - started) / 1_000_000);
		}
		return result;
	}

	private String loadedChecksum() {
		return jdbc.sql("select sha256 from directory_reference_load where name = :name")
			.param("name", NAME)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	record Parsed(Map<String, Province> provinces, List<NewAgency> agencies) {
	}

	static Parsed parse(String text, String provinceNames) {
		Map<String, Province> provinces = new LinkedHashMap<>();
		for (BundledCsv.Row row : BundledCsv.parse(provinceNames)) {
			provinces.put(row.get("code"), new Province(row.get("code"), row.get("name_th"), row.get("name_en"), null));
		}
		List<BundledCsv.Row> rows = BundledCsv.parse(text);
		List<NewAgency> agencies = new ArrayList<>(rows.size());
		for (BundledCsv.Row row : rows) {
			// dla_code,type_th,type,name_th,province_code,province_th,district_th,lat,lon,area_km2
			String code = row.get("dla_code");
			AgencyType type = AgencyType.fromDla(row.get("type"));
			String name = row.get("name_th");
			String provinceCode = row.get("province_code");
			provinces.putIfAbsent(provinceCode, new Province(provinceCode, row.get("province_th"), null, null));
			String[] naming = NAMING.get(type);
			agencies.add(new NewAgency(code, naming == null ? name : naming[0] + name, null,
					naming == null ? null : naming[1] + name, type, null, provinceCode, row.orNull("district_th")));
		}
		return new Parsed(provinces, agencies);
	}

	static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reference data " + resource + " is missing from the build", ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
