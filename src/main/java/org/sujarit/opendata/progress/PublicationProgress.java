package org.sujarit.opendata.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.Province;
import org.sujarit.directory.RegistrationGroup;
import org.sujarit.directory.UserAccount;
import org.sujarit.opendata.progress.ProgressRepository.DocumentStatus;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * The coordinator's progress tracking of open budget data: every local government of the directory
 * (about 7,850) with the state of its document of a fiscal year and type, counted by state, province and
 * type of LAO; the PAO target group's publication rate; the list of LAOs to chase with their contacts.
 * Each call reads the directory's LAOs once and the documents in one query, and counts in memory: no
 * query per LAO. Coordinators and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
public class PublicationProgress {

	private static final AgencySelector LOCAL_GOVERNMENTS = new AgencySelector(AgencyType.localGovernments(), null,
			null, null);

	private final ProgressRepository repository;

	private final Directory directory;

	private final ProgressProperties properties;

	PublicationProgress(ProgressRepository repository, Directory directory, ProgressProperties properties) {
		this.repository = repository;
		this.directory = directory;
		this.properties = properties;
	}

	/** The fiscal year progress is followed for unless another is asked for: the current one. */
	public static int currentFiscalYear() {
		return FiscalYear.containing(ThaiCalendar.today()).buddhistYear();
	}

	public ProgressReport report(ProgressFilter filter) {
		return report(filter, everyLao(filter));
	}

	/** LAOs of the filter's list, {@code limit} from {@code offset}, with their contacts. */
	public LaoPage laos(ProgressFilter filter, int offset, int limit) {
		return page(filter, everyLao(filter), offset, limit);
	}

	/** Every LAO of the filter's list with its contacts (for the downloads). */
	public List<LaoProgress> chaseList(ProgressFilter filter) {
		return page(filter, everyLao(filter), 0, Integer.MAX_VALUE).laos();
	}

	/** The report and one page of its list, reading the directory and the documents once. */
	public ProgressOverview overview(ProgressFilter filter, int offset, int limit) {
		List<LaoProgress> all = everyLao(filter);
		return new ProgressOverview(report(filter, all), page(filter, all, offset, limit));
	}

	/** Fiscal years to choose from: those with documents, the current one and the next. */
	public List<Integer> fiscalYears() {
		TreeSet<Integer> years = new TreeSet<>(repository.fiscalYears());
		years.add(currentFiscalYear());
		years.add(currentFiscalYear() + 1);
		return List.copyOf(years.descendingSet());
	}

	public List<Province> provinces() {
		return directory.provinces();
	}

	private List<LaoProgress> everyLao(ProgressFilter filter) {
		Map<Long, DocumentStatus> documents = repository.statuses(filter.fiscalYear(), filter.documentType());
		List<Agency> laos = directory.select(LOCAL_GOVERNMENTS);
		List<LaoProgress> progress = new ArrayList<>(laos.size());
		for (Agency lao : laos) {
			progress.add(progress(lao, documents.get(lao.id())));
		}
		return progress;
	}

	private static LaoProgress progress(Agency lao, DocumentStatus document) {
		if (document == null) {
			return new LaoProgress(lao.id(), lao.code(), lao.nameTh(), lao.type(), lao.provinceCode(), lao.provinceTh(),
					ProgressState.NOT_STARTED, null, null, 0, null, null, List.of());
		}
		return new LaoProgress(lao.id(), lao.code(), lao.nameTh(), lao.type(), lao.provinceCode(), lao.provinceTh(),
				ProgressRules.state(document.state(), document.outOfDate()), document.id(), document.state(),
				document.errorCount(), document.uploadedAt(), document.publishedAt(), List.of());
	}

	private ProgressReport report(ProgressFilter filter, List<LaoProgress> all) {
		List<LaoProgress> counted = all.stream().filter(filter::counts).toList();
		Map<String, List<ProgressState>> byProvince = new LinkedHashMap<>();
		Map<String, String> provinceNames = new LinkedHashMap<>();
		for (Province province : directory.provinces()) {
			provinceNames.put(province.code(), province.nameTh());
		}
		Map<AgencyType, List<ProgressState>> byType = new LinkedHashMap<>();
		for (AgencyType type : AgencyType.localGovernments()) {
			byType.put(type, new ArrayList<>());
		}
		for (LaoProgress lao : counted) {
			String province = lao.provinceCode() == null ? "" : lao.provinceCode();
			provinceNames.putIfAbsent(province, lao.provinceTh());
			byProvince.computeIfAbsent(province, key -> new ArrayList<>()).add(lao.state());
			byType.get(lao.type()).add(lao.state());
		}
		List<ProgressGroup> provinces = new ArrayList<>();
		provinceNames.forEach((code, name) -> {
			if (byProvince.containsKey(code)) {
				provinces.add(new ProgressGroup(null, code.isEmpty() ? null : code, name, StateCounts.of(byProvince.get(code))));
			}
		});
		List<ProgressGroup> types = new ArrayList<>();
		byType.forEach((type, states) -> {
			if (!states.isEmpty()) {
				types.add(new ProgressGroup(type, null, null, StateCounts.of(states)));
			}
		});
		return new ProgressReport(filter, StateCounts.of(counted.stream().map(LaoProgress::state).toList()), provinces,
				types, paoTarget(all));
	}

	/** The PAOs (อบจ.) whose data is on the portal, against the target. */
	private PublicationTarget paoTarget(List<LaoProgress> all) {
		AgencyType pao = AgencyType.PROVINCIAL_ADMIN_ORG;
		List<LaoProgress> group = all.stream().filter(lao -> lao.type() == pao).toList();
		int published = (int) group.stream().filter(lao -> lao.state().onPortal()).count();
		int outOfDate = (int) group.stream().filter(lao -> lao.state() == ProgressState.OUT_OF_DATE).count();
		RegistrationGroup rate = RegistrationGroup.of(pao.name(), pao, published, group.size(), properties.paoTarget());
		return new PublicationTarget(pao, rate.registered(), outOfDate, rate.total(), rate.percent(),
				properties.paoTarget(), rate.met());
	}

	private LaoPage page(ProgressFilter filter, List<LaoProgress> all, int offset, int limit) {
		List<LaoProgress> listed = all.stream().filter(filter::lists).toList();
		int from = Math.min(Math.max(offset, 0), listed.size());
		int to = (int) Math.min((long) from + Math.max(limit, 0), listed.size());
		List<LaoProgress> slice = listed.subList(from, to);
		Map<Long, List<UserAccount>> users = directory
			.enabledUsersOf(slice.stream().map(LaoProgress::agencyId).toList());
		List<LaoProgress> withContacts = slice.stream()
			.map(lao -> lao.withContacts(contacts(users.getOrDefault(lao.agencyId(), List.of()))))
			.toList();
		return new LaoPage(listed.size(), from, limit, withContacts);
	}

	private static List<LaoProgress.Contact> contacts(Collection<UserAccount> users) {
		return users.stream()
			.map(user -> new LaoProgress.Contact(user.displayName(), user.email(), user.phone(), user.positionTh()))
			.toList();
	}

}
