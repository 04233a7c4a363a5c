package org.sujarit.opendata.explorer.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OpenData;
import org.sujarit.opendata.OutputFormat;
import org.sujarit.opendata.explorer.BudgetExplorer;
import org.sujarit.opendata.explorer.BudgetOverview;
import org.sujarit.opendata.explorer.PublishedBudget;
import org.sujarit.platform.files.FileDownloads;
import org.sujarit.platform.web.DomainException;

/** The public budget explorer's pages and downloads (no sign-in). */
@Controller
@RequestMapping("/public/budgets")
class ExplorerPageController {

	static final int PAGE = 50;

	/** The treemaps' drawing area (SVG user units; the SVG scales to the screen). */
	static final double WIDTH = 960;

	static final double HEIGHT = 420;

	private final BudgetExplorer explorer;

	private final Directory directory;

	ExplorerPageController(BudgetExplorer explorer, Directory directory) {
		this.explorer = explorer;
		this.directory = directory;
	}

	@GetMapping
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int offset, Model model) {
		AgencyType laoType = laoType(type);
		String provinceCode = blankToNull(province);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("province", provinceCode);
		model.addAttribute("type", laoType);
		model.addAttribute("provinces", directory.provinces());
		model.addAttribute("laoTypes", Arrays.stream(AgencyType.values()).filter(AgencyType::localGovernment).toList());
		model.addAttribute("laos", explorer.laos(q, provinceCode, laoType, offset, PAGE));
		model.addAttribute("years", explorer.fiscalYears());
		return "opendata/explorer/index";
	}

	@GetMapping("/{laoCode}/{fiscalYear}")
	String budget(@PathVariable String laoCode, @PathVariable int fiscalYear,
			@RequestParam(defaultValue = "ORDINANCE") String document, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int offset, Model model) {
		DocumentType type = documentType(document);
		BudgetOverview overview = explorer.overview(laoCode, fiscalYear, type);
		model.addAttribute("o", overview);
		model.addAttribute("planTiles", Treemap.layout(overview.byPlan(), WIDTH, HEIGHT));
		model.addAttribute("groupTiles", Treemap.layout(overview.byGroup(), WIDTH, HEIGHT));
		model.addAttribute("width", (int) WIDTH);
		model.addAttribute("height", (int) HEIGHT);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("lines", explorer.lines(laoCode, fiscalYear, type, q, Math.max(0, offset), PAGE));
		model.addAttribute("formats", List.of(OutputFormat.values()));
		return "opendata/explorer/budget";
	}

	@GetMapping("/compare")
	String compare(@RequestParam(defaultValue = "PROVINCIAL_ADMIN_ORG") String type,
			@RequestParam(required = false) Integer fiscalYear, @RequestParam(defaultValue = "ORDINANCE") String document,
			Model model) {
		AgencyType laoType = laoType(type);
		List<Integer> years = explorer.fiscalYears();
		int year = fiscalYear != null ? fiscalYear : years.isEmpty() ? 0 : years.get(0);
		model.addAttribute("comparison", explorer.compare(laoType, year, documentType(document)));
		model.addAttribute("years", years);
		model.addAttribute("laoTypes", Arrays.stream(AgencyType.values()).filter(AgencyType::localGovernment).toList());
		model.addAttribute("documentTypes", DocumentType.values());
		return "opendata/explorer/compare";
	}

	@GetMapping("/{laoCode}/{fiscalYear}/{document}/files/{format}")
	void download(@PathVariable String laoCode, @PathVariable int fiscalYear, @PathVariable String document,
			@PathVariable String format, HttpServletResponse response) throws IOException {
		OutputFormat output = Arrays.stream(OutputFormat.values())
			.filter(f -> f.name().equalsIgnoreCase(format))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.output.unknown", format));
		PublishedBudget budget = explorer.budget(laoCode, fiscalYear, documentType(document));
		response.setContentType(output.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileDownloads
			.contentDisposition(OpenData.fileName(budget.laoCode(), budget.fiscalYear(), budget.documentType(), output)));
		response.setHeader("X-Content-Type-Options", "nosniff");
		explorer.write(budget, output, response.getOutputStream());
	}

	static AgencyType laoType(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return Arrays.stream(AgencyType.values())
			.filter(t -> t.localGovernment() && t.name().equals(type))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("opendata.explorer.not-local", type));
	}

	static DocumentType documentType(String document) {
		return Arrays.stream(DocumentType.values())
			.filter(t -> t.name().equalsIgnoreCase(document))
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("opendata.explorer.unknown-document", document));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
