package org.sujarit.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.NewAgency;
import org.sujarit.directory.Province;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

class AgencyImportRulesUnitTests {

	static final List<Province> PROVINCES = List.of(new Province("50", "เชียงใหม่", "Chiang Mai", null),
			new Province("10", "กรุงเทพมหานคร", "Bangkok", null));

	static final Map<String, ExistingAgency> EXISTING = Map.of("MOF",
			new ExistingAgency("MOF", "กระทรวงการคลัง", "Ministry of Finance", "กค.", "MINISTRY", null, null, null),
			"MOF-CGD", new ExistingAgency("MOF-CGD", "กรมบัญชีกลาง", null, null, "DEPARTMENT", "MOF", null, null));

	static final TabularReader READER = new TabularReader(TabularProperties.defaults());

	static Sheet sheet(String csv) {
		return ImportFileReader.read(READER, csv.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE, 100);
	}

	static List<ImportRowResult> check(String csv) {
		return AgencyImportRules.check(AgencyImportRules.table(sheet(csv)), EXISTING, PROVINCES);
	}

	@Test
	void headerNamesAreMatchedWithoutRegardToCaseOrSpaces() {
		var table = AgencyImportRules.table(sheet("\uFEFF Code ,NAME_TH,Type,,\nX,ชื่อ,OTHER,,\n"));
		assertThat(table.columns()).containsExactlyInAnyOrder(ImportColumn.CODE, ImportColumn.NAME_TH, ImportColumn.TYPE);
		assertThat(table.rows()).hasSize(1);
	}

	@Test
	void wrongHeadersRefuseTheWholeFile() {
		assertThatThrownBy(() -> AgencyImportRules.table(sheet("code,name_th\nX,ชื่อ\n")))
			.isInstanceOf(DomainException.class)
			.satisfies(ex -> assertThat(((DomainException) ex).arguments()[0]).isEqualTo("type"));
		assertThatThrownBy(() -> AgencyImportRules.table(sheet("code,name_th,type,colour\nX,ชื่อ,OTHER,red\n")))
			.isInstanceOf(DomainException.class)
			.satisfies(ex -> assertThat(((DomainException) ex).arguments()[0]).isEqualTo("colour"));
		assertThatThrownBy(() -> AgencyImportRules.table(sheet("\n\n"))).isInstanceOf(DomainException.class)
			.hasMessageContaining("no-rows");
	}

	@Test
	void normalizesCodesProvincesAndTypes() {
		ImportRowResult row = check("code,name_th,type,province_code\nmof-๑,กรมใหม่,department,จ.เชียงใหม่\n").get(0);
		assertThat(row.code()).isEqualTo("MOF-1");
		assertThat(row.type()).isEqualTo("DEPARTMENT");
		assertThat(row.provinceCode()).isEqualTo("50");
		assertThat(row.outcome()).isEqualTo(ImportOutcome.NEW);
		assertThat(check("code,name_th,type,province_code\nX,ก,OTHER,Bangkok\n").get(0).provinceCode()).isEqualTo("10");
		assertThat(check("code,name_th,type,province_code\nX,ก,Provincial Admin Org,๕๐\n").get(0).type())
			.isEqualTo("PROVINCIAL_ADMIN_ORG");
	}

	@Test
	void comparesOnlyTheColumnsInTheFile() {
		ImportRowResult same = check("code,name_th,type\nMOF,กระทรวงการคลัง,MINISTRY\n").get(0);
		assertThat(same.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
		ImportRowResult cleared = check("code,name_th,type,name_en\nMOF,กระทรวงการคลัง,MINISTRY,\n").get(0);
		assertThat(cleared.outcome()).isEqualTo(ImportOutcome.CHANGED);
		assertThat(cleared.changes()).containsExactly(new FieldChange("name_en", "Ministry of Finance", null));
	}

	@Test
	void mergedRowsKeepExistingValuesOfColumnsNotInTheFile() {
		var table = AgencyImportRules.table(sheet("code,name_th,type\nMOF,กระทรวงการคลัง (ใหม่),MINISTRY\n"));
		ImportRowResult row = AgencyImportRules.check(table, EXISTING, PROVINCES).get(0);
		NewAgency merged = AgencyImportRules.merged(row, table.columns(), EXISTING.get("MOF"));
		assertThat(merged).isEqualTo(new NewAgency("MOF", "กระทรวงการคลัง (ใหม่)", "Ministry of Finance", "กค.",
				AgencyType.MINISTRY, null, null, null));
	}

	@Test
	void detectsCyclesThroughExistingAgencies() {
		// MOF-CGD is under MOF; making MOF a child of MOF-CGD closes a loop
		ImportRowResult row = check("code,name_th,type,parent_code\nMOF,กระทรวงการคลัง,MINISTRY,MOF-CGD\n").get(0);
		assertThat(row.problems()).extracting(ImportProblem::code).containsExactly("directory.import.row.parent-cycle");
	}

	@Test
	void flagsTooLongValuesAndDataUnderNoColumn() {
		String longName = "ก".repeat(301);
		ImportRowResult row = check("code,name_th,type\nX," + longName + ",OTHER,extra\n").get(0);
		assertThat(row.problems()).extracting(ImportProblem::code)
			.containsExactly("directory.import.row.too-long", "directory.import.row.extra-cells");
	}

	@Test
	void ordersRowsSoParentsInTheFileComeFirst() {
		List<ImportRowResult> rows = check("""
				code,name_th,type,parent_code
				C,หลาน,DIVISION,B
				B,ลูก,DEPARTMENT,A
				A,แม่,MINISTRY,
				D,อื่น,DEPARTMENT,MOF
				""");
		var levels = AgencyImportRules.levels(rows);
		assertThat(levels).hasSize(3);
		assertThat(levels.get(0)).extracting(ImportRowResult::code).containsExactly("A", "D");
		assertThat(levels.get(1)).extracting(ImportRowResult::code).containsExactly("B");
		assertThat(levels.get(2)).extracting(ImportRowResult::code).containsExactly("C");
	}

	@Test
	void columnHeadersAreTheTemplateOnes() {
		assertThat(ImportColumn.headers()).containsExactly("code", "name_th", "name_en", "abbrev_th", "type",
				"parent_code", "province_code", "district_th");
		assertThat(EnumSet.allOf(ImportColumn.class).stream().filter(ImportColumn::required))
			.containsExactly(ImportColumn.CODE, ImportColumn.NAME_TH, ImportColumn.TYPE);
	}

}
