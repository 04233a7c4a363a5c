package org.sujarit.opendata.explorer;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Service;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.BudgetDocument;
import org.sujarit.opendata.CodeList;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OpenData;
import org.sujarit.opendata.OutputFormat;
import org.sujarit.opendata.PublishedTotal;
import org.sujarit.platform.thai.ThaiWords;
import org.sujarit.platform.web.DomainException;

/**
 * The public budget explorer (no sign-in): local governments' budgets as they published them, by plan
 * (แผนงาน) and budget group (งบ), against the year before, searchable line by line, and compared with
 * local governments of the same type. Only published tables are read: corrections an officer makes after
 * publishing stay private until they are published again.
 */
@Service
public class BudgetExplorer {

	public static final int MAX_LINES = 200;

	/** The most local governments one page or API answer lists. */
	public static final int MAX_LAOS = 200;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final OpenData openData;

	private final Directory directory;

	/** Words by name: a pure function of the text, so never stale; bounded a little above the LAO count. */
	private final Cache<String, Set<String>> nameWords = Caffeine.newBuilder().maximumSize(20_000).build();

	BudgetExplorer(OpenData openData, Directory directory) {
		this.openData = openData;
		this.directory = directory;
	}

	/**
	 * A page of {@link #laos(String, String, AgencyType)}: with every local government publishing, the whole
	 * list is thousands of rows, too many for one page or one answer.
	 */
	public PublishedLaoPage laos(String query, String provinceCode, AgencyType type, int offset, int limit) {
		List<PublishedLao> all = laos(query, provinceCode, type);
		int size = Math.max(1, Math.min(limit, MAX_LAOS));
		int from = Math.max(0, Math.min(offset, all.size()));
		return new PublishedLaoPage(all.size(), from, size, List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
	}

	/**
	 * Local governments with published budgets whose name (or province) has every word of {@code query}
	 * (Thai segmented into words), optionally of one province and type; by province, then name.
	 */
	public List<PublishedLao> laos(String query, String provinceCode, AgencyType type) {
		Set<String> words = ThaiWords.query(query);
		Map<String, List<PublishedBudget>> byLao = new LinkedHashMap<>();
		for (PublishedBudget budget : published(null, null, null)) {
			if ((provinceCode == null || provinceCode.equals(budget.provinceCode()))
					&& (type == null || type == budget.laoType())) {
				byLao.computeIfAbsent(budget.laoCode(), code -> new ArrayList<>()).add(budget);
			}
		}
		// the words of each local government's name once, not of each of its documents
		if (!words.isEmpty()) {
			byLao.values().removeIf(budgets -> !nameWords(budgets.get(0)).containsAll(words));
		}
		return byLao.values()
			.stream()
			.map(budgets -> {
				budgets.sort(Comparator.comparing(PublishedBudget::fiscalYear).reversed()
					.thenComparing(PublishedBudget::documentType));
				PublishedBudget first = budgets.get(0);
				return new PublishedLao(first.laoCode(), first.laoNameTh(), first.provinceTh(), first.laoType(),
						List.copyOf(budgets));
			})
			.sorted(Comparator.comparing((PublishedLao lao) -> lao.provinceTh() == null ? "" : lao.provinceTh())
				.thenComparing(PublishedLao::nameTh))
			.toList();
	}

	/**
	 * The words of an LAO's name and province. Segmenting Thai is the costly part of a search over every
	 * LAO (about 40 ms of CPU for 7,849 names), and a name's words never change, so they are kept.
	 */
	private Set<String> nameWords(PublishedBudget budget) {
		String text = budget.laoNameTh() + " " + (budget.provinceTh() == null ? "" : budget.provinceTh());
		return nameWords.get(text, name -> Set.copyOf(ThaiWords.query(name)));
	}

	/** The published budget of a local government for a fiscal year (B.E.) and document type. */
	public BudgetOverview overview(String laoCode, int fiscalYear, DocumentType type) {
		List<PublishedBudget> ofLao = published(laoCode, null, null);
		PublishedBudget budget = ofLao.stream()
			.filter(b -> b.fiscalYear() == fiscalYear && b.documentType() == type)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.explorer.not-found", laoCode, fiscalYear));
		Optional<PublishedBudget> previous = ofLao.stream()
			.filter(b -> b.fiscalYear() == fiscalYear - 1 && b.documentType() == type)
			.findFirst();
		List<Long> ids = previous.isPresent() ? List.of(budget.documentId(), previous.get().documentId())
				: List.of(budget.documentId());
		Map<Long, List<PublishedTotal>> plans = byDocument(openData.publishedTotals(ids, CodeList.PLAN));
		Map<Long, List<PublishedTotal>> groups = byDocument(openData.publishedTotals(ids, CodeList.BUDGET_GROUP));
		List<PublishedTotal> plansNow = plans.getOrDefault(budget.documentId(), List.of());
		BigDecimal total = sum(plansNow);
		List<PublishedTotal> plansBefore = previous.map(p -> plans.getOrDefault(p.documentId(), List.of())).orElse(List.of());
		List<PublishedTotal> groupsBefore = previous.map(p -> groups.getOrDefault(p.documentId(), List.of()))
			.orElse(List.of());
		List<PublishedBudget> otherYears = ofLao.stream()
			.filter(b -> b.documentId() != budget.documentId())
			.sorted(Comparator.comparing(PublishedBudget::fiscalYear).reversed().thenComparing(PublishedBudget::documentType))
			.toList();
		return new BudgetOverview(budget, total, shares(plansNow, total),
				shares(groups.getOrDefault(budget.documentId(), List.of()), total), previous.orElse(null),
				previous.isPresent() ? sum(plansBefore) : null, previous.isPresent() ? changes(plansBefore, plansNow) : List.of(),
				previous.isPresent() ? changes(groupsBefore, groups.getOrDefault(budget.documentId(), List.of())) : List.of(),
				otherYears);
	}

	/** The lines of a published budget whose item has every word of the query, a page at a time. */
	public LineSearch lines(String laoCode, int fiscalYear, DocumentType type, String query, int offset, int limit) {
		PublishedBudget budget = overviewBudget(laoCode, fiscalYear, type);
		Set<String> words = ThaiWords.query(query);
		List<String> columns = OpenData.publishedColumns();
		int item = columns.indexOf("item");
		List<BudgetLineHit> hits = new ArrayList<>();
		for (List<Object> row : openData.publishedRows(budget.documentId())) {
			String text = row.get(item) == null ? "" : row.get(item).toString();
			if (ThaiWords.matches(text, words)) {
				hits.add(new BudgetLineHit(((Number) row.get(columns.indexOf("line_no"))).intValue(),
						text(row, columns, "plan_name"), text(row, columns, "work_name"),
						text(row, columns, "budget_group_name"), text(row, columns, "category_name"), text,
						(BigDecimal) row.get(columns.indexOf("amount"))));
			}
		}
		int from = Math.max(0, Math.min(offset, hits.size()));
		int size = Math.max(1, Math.min(limit, MAX_LINES));
		return new LineSearch(query == null ? "" : query.strip(), List.copyOf(words), hits.size(), from, size,
				List.copyOf(hits.subList(from, Math.min(hits.size(), from + size))));
	}

	/** The published budgets of every local government of a type for a fiscal year, largest first. */
	public LaoComparison compare(AgencyType laoType, int fiscalYear, DocumentType type) {
		if (laoType == null || !laoType.localGovernment()) {
			throw DomainException.invalid("opendata.explorer.not-local", laoType);
		}
		List<PublishedBudget> budgets = published(null, fiscalYear, type).stream()
			.filter(b -> b.laoType() == laoType)
			.toList();
		Map<Long, List<PublishedTotal>> plans = byDocument(
				openData.publishedTotals(budgets.stream().map(PublishedBudget::documentId).toList(), CodeList.PLAN));
		Map<String, String> planNames = new LinkedHashMap<>();
		List<LaoComparison.Row> rows = new ArrayList<>();
		for (PublishedBudget budget : budgets) {
			List<PublishedTotal> ofBudget = plans.getOrDefault(budget.documentId(), List.of());
			BigDecimal total = sum(ofBudget);
			Map<String, BigDecimal> percent = new LinkedHashMap<>();
			for (PublishedTotal plan : ofBudget) {
				planNames.putIfAbsent(key(plan), plan.name());
				percent.merge(key(plan), percent(plan.amount(), total), BigDecimal::add);
			}
			rows.add(new LaoComparison.Row(budget, total, percent));
		}
		rows.sort(Comparator.comparing(LaoComparison.Row::total).reversed());
		return new LaoComparison(laoType, fiscalYear, type, planNames, rows);
	}

	/** The published budget a download is for (404 for anything never published). */
	public PublishedBudget budget(String laoCode, int fiscalYear, DocumentType type) {
		return overviewBudget(laoCode, fiscalYear, type);
	}

	/** Writes one open-data file of a published budget as it was published. */
	public void write(PublishedBudget budget, OutputFormat format, OutputStream out) {
		openData.writePublished(budget.documentId(), format, out);
	}

	/** Fiscal years (B.E.) with any published budget, newest first. */
	public List<Integer> fiscalYears() {
		return published(null, null, null).stream().map(PublishedBudget::fiscalYear).distinct().sorted(Comparator.reverseOrder()).toList();
	}

	private PublishedBudget overviewBudget(String laoCode, int fiscalYear, DocumentType type) {
		return published(laoCode, fiscalYear, type).stream()
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.explorer.not-found", laoCode, fiscalYear));
	}

	private List<PublishedBudget> published(String laoCode, Integer fiscalYear, DocumentType type) {
		List<BudgetDocument> documents = openData.publishedDocuments(laoCode, fiscalYear, type);
		Map<Long, Agency> agencies = directory
			.agencies(documents.stream().map(BudgetDocument::agencyId).collect(Collectors.toSet()));
		return documents.stream().map(d -> {
			Agency lao = agencies.get(d.agencyId());
			return new PublishedBudget(d.id(), d.laoCode(), d.laoNameTh(), lao == null ? null : lao.provinceCode(),
					lao == null ? null : lao.provinceTh(), lao == null ? null : lao.type(), d.fiscalYear(),
					d.documentType(), d.publishedAt(), d.outOfDate());
		}).toList();
	}

	private static List<Share> shares(List<PublishedTotal> totals, BigDecimal total) {
		return totals.stream().map(t -> new Share(t.code(), t.name(), t.amount(), percent(t.amount(), total))).toList();
	}

	/** This year's amounts against last year's, matched by code (or name where no code matched). */
	static List<YearChange> changes(List<PublishedTotal> before, List<PublishedTotal> now) {
		Map<String, PublishedTotal> previous = new LinkedHashMap<>();
		before.forEach(t -> previous.put(key(t), t));
		List<YearChange> changes = new ArrayList<>();
		for (PublishedTotal current : now) {
			PublishedTotal old = previous.remove(key(current));
			changes.add(change(current.code(), current.name(), old == null ? null : old.amount(), current.amount()));
		}
		previous.values().forEach(old -> changes.add(change(old.code(), old.name(), old.amount(), null)));
		return changes;
	}

	private static YearChange change(String code, String name, BigDecimal previous, BigDecimal current) {
		BigDecimal difference = (current == null ? BigDecimal.ZERO : current)
			.subtract(previous == null ? BigDecimal.ZERO : previous);
		BigDecimal percent = previous == null || previous.signum() == 0 ? null
				: difference.multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP);
		return new YearChange(code, name, previous, current, difference, percent);
	}

	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole == null || whole.signum() == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	private static BigDecimal sum(List<PublishedTotal> totals) {
		return totals.stream().map(PublishedTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String key(PublishedTotal total) {
		return total.code() != null ? total.code() : "name:" + total.name();
	}

	private static Map<Long, List<PublishedTotal>> byDocument(List<PublishedTotal> totals) {
		return totals.stream().collect(Collectors.groupingBy(PublishedTotal::documentId, LinkedHashMap::new, Collectors.toList()));
	}

	private static String text(List<Object> row, List<String> columns, String column) {
		Object value = row.get(columns.indexOf(column));
		return value == null ? null : value.toString();
	}

}
